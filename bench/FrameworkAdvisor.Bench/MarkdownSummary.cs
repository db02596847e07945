using System.Text;

namespace FrameworkAdvisor.Bench;

/// <summary>The run's figures and verdicts as Markdown, laid out to paste into the README's Benchmarks section.</summary>
internal static class MarkdownSummary
{
    public static string Write(
        BenchResults results,
        IReadOnlyList<Verdict> verdicts,
        BenchSettings settings,
        SiteFacts site,
        MachineFacts machine,
        DateOnly measuredOn)
    {
        var markdown = new StringBuilder();
        void Line(string text = "") => markdown.Append(text).Append('\n');

        Line($"Measured {measuredOn:yyyy-MM-dd} on {machine.Cores} cores ({machine.Kernel}), .NET {machine.DotnetVersion}, " +
            $"{machine.NginxVersion}; wrk {settings.Threads} threads, {settings.Connections} connections, " +
            $"{settings.Duration} after a {settings.Warmup} warm-up, best of {settings.Rounds} rounds. " +
            $"Comparison page: {site.PageBytes} bytes, compared as {site.EncodingNote}.");
        Line();
        Line($"Measured: `GET {site.ComparisonPath}`, `GET {site.ResultPath}`, `POST {site.ApiPath}` with `{site.ApiBody}`.");
        Line();
        Line("| endpoint | requests/s | p50 | p99 | non-2xx / socket errors | vs nginx |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var figures in results.Endpoints)
        {
            Line($"| {figures.Endpoint.Label} | {figures.RequestsPerSecond} | {PrintfFixed.Format(figures.P50Ms, 2)} ms | " +
                $"{PrintfFixed.Format(figures.P99Ms, 2)} ms | {figures.Non2xxResponses} / {figures.SocketErrors} | " +
                $"{Ratio.Text(results.RatioToNginx(figures))} |");
        }

        Line();
        Line("| cold start (process start to first 200 of the comparison page) | median | worst |");
        Line("| --- | ---: | ---: |");
        Line($"| {settings.ColdStarts} runs, fresh database each | {results.ColdStart.MedianMs} ms | {results.ColdStart.WorstMs} ms |");
        Line();
        Line("| content size | files | load + import | per 1x |");
        Line("| --- | ---: | ---: | ---: |");
        foreach (var load in results.ContentLoads)
        {
            Line($"| {load.Scale}x | {load.Files} | {load.MedianMs} ms | {PrintfFixed.Format(load.PerUnitMs, 1)} ms |");
        }

        Line();
        Line($"Linear: {results.Growth?.Text ?? LinearGrowth.NeedsTwoSizes}.");
        Line();
        Line("| target | measured | |");
        Line("| --- | --- | --- |");
        foreach (var verdict in verdicts)
        {
            Line($"| {verdict.Target} | {verdict.Measured} | {verdict.State} |");
        }

        return markdown.ToString();
    }
}
