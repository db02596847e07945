namespace FrameworkAdvisor.Bench;

/// <summary>
/// The content-load timer's median at one content size, and that time per 1x of content (one decimal, as shown),
/// which is what stays flat when loading grows linearly.
/// </summary>
internal sealed record ContentLoadFigures(string Scale, string Files, string MedianMs, double PerUnitMs)
{
    public static ContentLoadFigures Read(string scale, string timerOutput)
    {
        var summary = TimerSummary.Read(timerOutput);
        if (!int.TryParse(scale, out var multiple) || multiple < 1)
        {
            throw new BenchFailedException($"BENCH_SCALES holds \"{scale}\", which is not a whole number of at least 1");
        }

        var perUnitMs = PrintfFixed.Round(summary.Number("median_ms") / multiple, 1);
        return new ContentLoadFigures(scale, summary.Text("files"), summary.Text("median_ms"), perUnitMs);
    }
}
