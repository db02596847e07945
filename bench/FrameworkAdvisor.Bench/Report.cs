using System.Text;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// The end of a bench run: reads what bench/run.sh left in its work folder, prints a PASS/FAIL line per target and
/// the figures as Markdown (also saved as summary.md there), and gives the bench's exit code.
/// </summary>
internal static class Report
{
    /// <returns>0 when every target passes, 1 when one fails.</returns>
    public static int Run(string work, DateOnly measuredOn, TextWriter output)
    {
        var results = BenchResults.Read(work);
        var verdicts = Verdicts.Judge(results);
        return Publish(output, "", verdicts, Markdown(results, verdicts, measuredOn), Path.Combine(work, "summary.md"));
    }

    /// <summary>Prints the verdicts and the Markdown (under headings that start with <paramref name="part"/>), saves the Markdown, and gives the exit code.</summary>
    public static int Publish(TextWriter output, string part, IReadOnlyList<Verdict> verdicts, string markdown, string path)
    {
        output.Write($"\n== {part}Verdicts\n");
        foreach (var verdict in verdicts)
        {
            output.Write($"{verdict.State}  {verdict.Target}: {verdict.Measured}\n");
        }

        output.Write($"\n== {part}Markdown\n{markdown}");
        File.WriteAllText(path, markdown);
        return verdicts.All(verdict => verdict.Passed) ? 0 : 1;
    }

    /// <summary>The median over an endpoint's rounds of one figure.</summary>
    public static string Median(BenchResults results, string name, Func<WrkRun, double?> figure, int decimals = 2)
    {
        var values = results.RoundsOf(name).Select(figure).OfType<double>().ToList();
        return values.Count > 0 ? Figures.Text(Figures.Median(values), decimals) : "n/a";
    }

    /// <summary>Server CPU time per request in microseconds, median of the rounds.</summary>
    public static string Cpu(BenchResults results, string name) => Median(results, name, run => run.CpuUsPerRequest);

    public static string Markdown(BenchResults results, IReadOnlyList<Verdict> verdicts, DateOnly measuredOn)
    {
        var facts = results.Facts;
        var markdown = new StringBuilder();
        void Line(string text = "") => markdown.Append(text).Append('\n');
        var encoding = facts.Encoding.Length > 0
            ? $"identity (wrk sends no Accept-Encoding; the site would send {facts.Encoding} to a browser)"
            : "identity (the site does not compress this page)";
        Line($"Measured {measuredOn:yyyy-MM-dd} on {facts.Cores} cores ({facts.Kernel}), .NET {facts.Dotnet}, {facts.Nginx}, Flask {facts.Flask}; " +
            $"wrk {facts.Threads} threads, {facts.Connections} connections, {facts.Duration} after a {facts.Warmup} warm-up, median of " +
            $"{facts.Rounds} rounds that alternate nginx, the site and the peer. Comparison page: {facts.PageBytes} bytes, compared as {encoding}.");
        Line();
        var badRequest = facts.BadrequestPath.Length <= 80 ? facts.BadrequestPath : facts.BadrequestPath[..80] + "…";
        Line($"Measured: `GET {facts.ComparisonPath}`, `GET {facts.ResultPath}`, `POST {facts.ApiPath}` with `{facts.ApiBody}`, " +
            $"`GET {facts.NotfoundPath}` (404) and `GET {badRequest}` (400).");
        Line();
        Line("| endpoint | requests/s | p50 | p99 | failed | server CPU per request | requests/s vs nginx | p99 vs nginx | CPU vs nginx |");
        Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, label, _) in Endpoints.All(facts).Where(endpoint => results.Has(endpoint.Name)))
        {
            Line($"| {label} | {Median(results, name, run => run.RequestsPerSecond, 0)} | {Median(results, name, run => run.P50Ms)} ms | " +
                $"{Median(results, name, run => run.P99Ms)} ms | {results.RoundsOf(name).Sum(run => run.Failures)} | {Cpu(results, name)} µs | " +
                $"{results.Ratio(name, Endpoints.Nginx, run => run.RequestsPerSecond).Text} | {results.Ratio(name, Endpoints.Nginx, run => run.P99Ms).Text} | " +
                $"{results.Ratio(name, Endpoints.Nginx, run => run.CpuUsPerRequest).Text} |");
        }

        if (results.Soak is { RssKb: [var start, var middle, var end] } soak)
        {
            Line();
            Line($"| soak, {facts.Soak} of mixed traffic | requests/s | p99 | answers | failed | memory start → half way → end |");
            Line("| --- | ---: | ---: | --- | ---: | ---: |");
            Line($"| pages, share links, made-up addresses, unreadable links; identity and Brotli | {soak.RequestsPerSecond:F0} | " +
                $"{Figures.Text(soak.P99Ms, 2)} ms | {soak.StatusText} | {soak.Failures} | {start / 1024} → {middle / 1024} → {end / 1024} MB |");
        }

        Line();
        Line("| cold start (process start to first 200 of the comparison page, hyperfine) | median | worst |");
        Line("| --- | ---: | ---: |");
        Line($"| {results.ColdStartsMs.Count} runs, fresh database each | {Figures.Text(Figures.Median(results.ColdStartsMs), 0)} ms | " +
            $"{Figures.Text(results.ColdStartsMs.Max(), 0)} ms |");
        Line();
        Line("| content size | files | load + import | per 1x |");
        Line("| --- | ---: | ---: | ---: |");
        foreach (var load in results.Loads)
        {
            Line($"| {load.Scale}x | {load.Files} | {Figures.Text(load.MedianMs, 1)} ms | {Figures.Text(load.PerUnitMs, 1)} ms |");
        }

        if (results.Cards is [var first, _, ..])
        {
            var cards = results.Cards.Skip(1).ToList();
            Line();
            Line($"| result card (og:image PNG), {cards.Count} distinct links, one connection | median | worst |");
            Line("| --- | ---: | ---: |");
            Line($"| cold: drawn and encoded (first after start-up: {Figures.Text(first.ColdMs, 1)} ms) | " +
                $"{Figures.Text(Figures.Median(cards.Select(card => card.ColdMs)), 1)} ms | {Figures.Text(cards.Max(card => card.ColdMs), 1)} ms |");
            Line($"| cached: from the page cache | {Figures.Text(Figures.Median(cards.Select(card => card.CachedMs)), 2)} ms | " +
                $"{Figures.Text(cards.Max(card => card.CachedMs), 2)} ms |");
            Line($"| size | {cards.Min(card => card.Bytes)}–{cards.Max(card => card.Bytes)} bytes | |");
        }

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
