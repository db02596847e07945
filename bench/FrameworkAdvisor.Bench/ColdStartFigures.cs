namespace FrameworkAdvisor.Bench;

/// <summary>The cold-start timer's median and worst start, in milliseconds as it printed them.</summary>
internal sealed record ColdStartFigures(string MedianMs, string WorstMs, double Median)
{
    public static ColdStartFigures Read(string timerOutput)
    {
        var summary = TimerSummary.Read(timerOutput);
        return new ColdStartFigures(summary.Text("median_ms"), summary.Text("worst_ms"), summary.Number("median_ms"));
    }
}
