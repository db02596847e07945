namespace FrameworkAdvisor.Bench.Tests;

public sealed class BenchReportTests
{
    private static readonly BenchSettings ShortRunSettings =
        new("2s", "1s", 2, "64", "2", "2", ["1", "10"], "RateLimiting__RecommendationsPerWindow=1000000", "5s");

    private static readonly DateOnly ShortRunDay = new(2026, 11, 30);

    [Fact]
    public void Prints_the_verdicts_and_Markdown_of_a_captured_run()
    {
        using var work = TemporaryFolder.CopyOf(Fixtures.ShortRun);
        var output = new StringWriter();

        BenchReport.Run(work.Path, ShortRunSettings, ShortRunDay, output);

        Assert.Equal(Fixtures.Text("short-run", "expected-report.txt"), output.ToString());
    }

    [Fact]
    public void Exits_1_when_a_target_fails()
    {
        // The captured run missed the peer ratio and the 400 page's.
        using var work = TemporaryFolder.CopyOf(Fixtures.ShortRun);

        Assert.Equal(1, BenchReport.Run(work.Path, ShortRunSettings, ShortRunDay, TextWriter.Null));
    }

    [Fact]
    public void Exits_0_when_every_target_passes()
    {
        using var work = TemporaryFolder.CopyOf(Fixtures.ShortRun);
        foreach (var round in new[] { 1, 2 })
        {
            SetRequestsPerSecond(work.Path, $"wrk-peer-{round}.txt", "5000.00");
            SetRequestsPerSecond(work.Path, $"wrk-badrequest-{round}.txt", "60000.00");
        }

        Assert.Equal(0, BenchReport.Run(work.Path, ShortRunSettings, ShortRunDay, TextWriter.Null));
    }

    [Fact]
    public void Writes_the_Markdown_it_prints_to_summary_md_in_the_work_folder()
    {
        using var work = TemporaryFolder.CopyOf(Fixtures.ShortRun);
        var output = new StringWriter();

        BenchReport.Run(work.Path, ShortRunSettings, ShortRunDay, output);

        var summary = File.ReadAllText(Path.Combine(work.Path, "summary.md"));
        Assert.StartsWith("Measured 2026-11-30 on 2 cores (Linux 6.18.44-fc-v857), .NET 10.0.401, nginx/1.22.1;", summary, StringComparison.Ordinal);
        Assert.EndsWith($"\n== Markdown\n{summary}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_with_the_missing_files_name_when_a_round_was_not_run()
    {
        using var work = TemporaryFolder.CopyOf(Fixtures.ShortRun);

        var failure = Assert.Throws<BenchFailedException>(
            () => BenchReport.Run(work.Path, ShortRunSettings with { Rounds = 3 }, ShortRunDay, TextWriter.Null));
        Assert.Contains("wrk-comparison-3.txt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggests_lifting_the_rate_limit_when_the_API_answered_non_2xx_with_no_site_settings()
    {
        using var work = TemporaryFolder.CopyOf(Fixtures.ShortRun);
        var api = Path.Combine(work.Path, "wrk-api-1.txt");
        File.WriteAllText(api, File.ReadAllText(api).Replace(
            "Requests/sec:", "  Non-2xx or 3xx responses: 157524\nRequests/sec:", StringComparison.Ordinal));
        var output = new StringWriter();

        BenchReport.Run(work.Path, ShortRunSettings with { SiteEnvironment = "" }, ShortRunDay, output);

        Assert.Contains("\nnote: the API answered non-2xx under load; if that is the rate limiter, lift it with BENCH_SITE_ENV", output.ToString(), StringComparison.Ordinal);
    }

    private static void SetRequestsPerSecond(string folder, string file, string value)
    {
        var path = Path.Combine(folder, file);
        var lines = File.ReadAllLines(path).Select(line => line.StartsWith("Requests/sec:", StringComparison.Ordinal) ? $"Requests/sec: {value}" : line);
        File.WriteAllLines(path, lines);
    }
}
