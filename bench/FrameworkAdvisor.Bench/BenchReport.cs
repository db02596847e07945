namespace FrameworkAdvisor.Bench;

/// <summary>
/// The end of a bench run: reads the raw outputs bench/run.sh left in its work folder, prints a PASS/FAIL line per
/// target and the Markdown summary (also saved as summary.md there), and gives the bench's exit code.
/// </summary>
internal static class BenchReport
{
    /// <returns>0 when every target passes, 1 when one fails.</returns>
    public static int Run(string workDirectory, BenchSettings settings, DateOnly measuredOn, TextWriter output)
    {
        var work = new WorkFolder(workDirectory);
        var site = SiteFacts.Read(work.SiteFacts);
        var machine = MachineFacts.Read(work.MachineFacts);
        var results = BenchResults.Read(work, settings, site);
        var verdicts = BenchVerdicts.Judge(results, settings);

        output.Write("\n== Verdicts\n");
        foreach (var verdict in verdicts)
        {
            output.Write($"{verdict.State}  {verdict.Target}: {verdict.Measured}\n");
        }

        if (results[Endpoint.Api].Non2xxResponses > 0 && string.IsNullOrWhiteSpace(settings.SiteEnvironment))
        {
            output.Write("note: the API answered non-2xx under load; if that is the rate limiter, lift it with BENCH_SITE_ENV (see the top of bench/run.sh)\n");
        }

        output.Write("\n== Markdown\n");
        var markdown = MarkdownSummary.Write(results, verdicts, settings, site, machine, measuredOn) + CardSection(work);
        output.Write(markdown);
        File.WriteAllText(work.Summary, markdown);
        return verdicts.All(verdict => verdict.Passed) ? 0 : 1;
    }

    /// <summary>The picture-card figures, when the run measured them: a block of its own, with no target.</summary>
    internal static string CardSection(WorkFolder work) =>
        File.Exists(work.CardTimerOutput)
            ? "\n" + string.Concat(CardFigures.Read(work.CardTimerOutput).MarkdownLines().Select(line => line + "\n"))
            : "";
}
