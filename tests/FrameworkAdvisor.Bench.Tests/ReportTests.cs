namespace FrameworkAdvisor.Bench.Tests;

public sealed class ReportTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("bench-tests-").FullName;

    public ReportTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "short-run")))
        {
            File.Copy(file, Path.Combine(_work, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void A_run_that_meets_every_target_exits_0_and_saves_the_markdown()
    {
        var output = new StringWriter();

        var exitCode = Report.Run(_work, new DateOnly(2026, 12, 1), output);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("FAIL", output.ToString(), StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(_work, "summary.md"));
        Assert.Contains(markdown, output.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Measured 2026-12-01 on 2 cores (Linux 6.1.0), .NET 10.0.100, nginx/1.22.1, Flask 2.2.2;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_endpoint_table_shows_each_servers_cpu_per_request_beside_nginxs()
    {
        Report.Run(_work, new DateOnly(2026, 12, 1), TextWriter.Null);
        var lines = File.ReadAllLines(Path.Combine(_work, "summary.md"));

        // Round 1: 4.4 s of CPU over 360 000 requests is 12.22 µs against nginx's 10.00; round 2: 16.07 against 12.50.
        Assert.Contains("| comparison page GET /compare/a-vs-b | 40000 | 1.10 ms | 2.20 ms | 0 | 14.15 µs | 0.89 (0.88–0.90) | 0.49 (0.48–0.50) | 1.25 (1.22–1.29) |", lines);
        Assert.Contains("| nginx, same bytes as comparison | 45000 | 0.95 ms | 4.50 ms | 0 | 11.25 µs | 1.00 (1.00–1.00) | 1.00 (1.00–1.00) | 1.00 (1.00–1.00) |", lines);
        Assert.Contains("| comparison page server CPU per request <= 1.3 x nginx's for the same bytes (median of 2 rounds) | 1.25 (1.22–1.29) x; median 14.15 µs, nginx 11.25 µs | PASS |", lines);
        Assert.Contains("| pages, share links, made-up addresses, unreadable links; identity and Brotli | 60000 | 2.59 ms | 200=3000000 400=100000 404=500000 | 0 | 420 → 340 → 341 MB |", lines);
        Assert.Contains("| 3 runs, fresh database each | 547 ms | 571 ms |", lines);
        Assert.Contains("| 10x | 1004 | 266.0 ms | 26.6 ms |", lines);
        Assert.Contains("| cold: drawn and encoded (first after start-up: 40.2 ms) | 61.1 ms | 87.5 ms |", lines);
    }

    [Fact]
    public void A_missed_target_prints_fail_and_exits_1()
    {
        File.WriteAllText(Path.Combine(_work, "cold.json"), """{"results":[{"times":[1.2,1.3,0.9]}]}""");
        var output = new StringWriter();

        Assert.Equal(1, Report.Run(_work, new DateOnly(2026, 12, 1), output));
        Assert.Contains("FAIL  cold start median <= 1000 ms: median 1200 ms, worst 1300 ms", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_output_stops_the_report_with_its_name()
    {
        File.Delete(Path.Combine(_work, "load.jsonl"));

        var missing = Assert.Throws<BenchFailedException>(() => Report.Run(_work, new DateOnly(2026, 12, 1), TextWriter.Null));
        Assert.EndsWith("load.jsonl is missing", missing.Message, StringComparison.Ordinal);
    }
}
