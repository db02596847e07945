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
            $"{settings.Duration} after a {settings.Warmup} warm-up, median of {settings.Rounds} rounds that alternate nginx, the site and the peer. " +
            $"Comparison page: {site.PageBytes} bytes, compared as {site.EncodingNote}.");
        Line();
        Line($"Measured: `GET {site.ComparisonPath}`, `GET {site.ResultPath}`, `POST {site.ApiPath}` with `{site.ApiBody}`, " +
            $"`GET {site.NotFoundPath}` (404) and `GET {Shortened(site.BadRequestPath)}` (400).");
        Line();
        Line("| endpoint | requests/s | p50 | p99 | failed | vs nginx, median (lowest–highest) | p99 vs nginx's |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var figures in results.Endpoints)
        {
            var name = figures.Endpoint.Name;
            var p99 = name == Endpoint.Nginx ? "1.00" : results.P99OverNginx(name).Text;
            Line($"| {figures.Endpoint.Label} | {figures.RequestsPerSecond} | {PrintfFixed.Format(figures.P50Ms, 2)} ms | " +
                $"{PrintfFixed.Format(figures.P99Ms, 2)} ms | {figures.Failures} | {results.Throughput(name, Endpoint.Nginx).Text} | {p99} |");
        }

        if (results.Soak is { } soak)
        {
            Line();
            Line($"| soak, {settings.SoakDuration} of mixed traffic | requests/s | p99 | answers | failed | memory start → half way → end |");
            Line("| --- | ---: | ---: | --- | ---: | ---: |");
            Line($"| pages, share links, made-up addresses, unreadable links; identity and Brotli | {soak.RequestsPerSecond} | " +
                $"{PrintfFixed.Format(soak.P99Ms, 2)} ms | {soak.Statuses} | {soak.Failures} | {soak.MemoryStartMb} → {soak.MemoryMiddleMb} → {soak.MemoryEndMb} MB |");
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

    private static string Shortened(string path) => path.Length <= 80 ? path : path[..80] + "…";
}
