namespace FrameworkAdvisor.Bench.Tests;

public sealed class BenchVerdictsTests
{
    private static readonly BenchSettings Settings = new("10s", "3s", 5, "64", "2", "5", ["1", "10"], "RateLimiting__X=1", "60s");

    [Fact]
    public void Comparison_page_fails_when_its_median_ratio_to_nginx_is_below_the_target()
    {
        var verdicts = BenchVerdicts.Judge(Results(comparisonRps: 39_000, nginxRps: 50_000), Settings);

        var comparison = Assert.Single(verdicts, verdict => verdict.Target == "comparison page >= 0.80 x nginx requests/s (median of 5 rounds)");
        Assert.False(comparison.Passed);
        Assert.Equal("FAIL", comparison.State);
        Assert.Equal("0.78 (0.78–0.78) x", comparison.Measured);
    }

    [Fact]
    public void A_ratio_is_judged_as_printed_so_one_that_shows_as_the_target_passes()
    {
        // 39 980 / 50 000 = 0.7996, printed 0.80.
        var verdicts = BenchVerdicts.Judge(Results(comparisonRps: 39_980, nginxRps: 50_000), Settings);

        var comparison = Assert.Single(verdicts, verdict => verdict.Target.StartsWith("comparison page >= 0.80", StringComparison.Ordinal));
        Assert.True(comparison.Passed);
    }

    [Fact]
    public void Throughput_fails_with_n_a_when_nginx_served_nothing()
    {
        var verdicts = BenchVerdicts.Judge(Results(comparisonRps: 30_000, nginxRps: 0), Settings);

        var result = Assert.Single(verdicts, verdict => verdict.Target.StartsWith("result page", StringComparison.Ordinal));
        Assert.False(result.Passed);
        Assert.Equal("n/a x", result.Measured);
    }

    [Fact]
    public void A_p99_over_one_and_a_half_times_nginxs_fails_and_names_the_connections()
    {
        var verdicts = BenchVerdicts.Judge(Results(apiP99: 4.6, nginxP99: 3), Settings);

        var api = Assert.Single(verdicts, verdict => verdict.Target == "api p99 <= 1.5 x nginx's p99 in the same round at 64 connections");
        Assert.False(api.Passed);
        Assert.Equal("1.53 (1.53–1.53) x; median 4.60 ms, nginx 3.00 ms", api.Measured);
    }

    [Fact]
    public void The_peer_verdict_says_how_far_nginx_itself_gets_above_the_peer()
    {
        var verdicts = BenchVerdicts.Judge(Results(comparisonRps: 45_000, nginxRps: 50_000, peerRps: 10_000), Settings);

        var peer = Assert.Single(verdicts, verdict => verdict.Target.Contains("Python framework peer", StringComparison.Ordinal));
        Assert.False(peer.Passed);
        Assert.Equal("4.50 (4.50–4.50) x; nginx itself 5.00 (5.00–5.00) x", peer.Measured);
    }

    [Fact]
    public void Error_pages_are_judged_against_the_comparison_page_and_by_their_own_status()
    {
        var verdicts = BenchVerdicts.Judge(Results(notFoundRps: 19_000, badRequestUnexpected: 2), Settings);

        Assert.False(Assert.Single(verdicts, verdict => verdict.Target.StartsWith("404 page >= 0.50", StringComparison.Ordinal)).Passed);
        var badRequest = Assert.Single(verdicts, verdict => verdict.Target == "badrequest: every answer 400, no socket errors");
        Assert.False(badRequest.Passed);
        Assert.Equal("2 other answers, 0 socket errors", badRequest.Measured);
    }

    [Fact]
    public void Any_error_fails_its_endpoint_even_nginx()
    {
        var verdicts = BenchVerdicts.Judge(Results(nginxSocketErrors: 1), Settings);

        var nginx = Assert.Single(verdicts, verdict => verdict.Target == "nginx: no non-2xx responses, no socket errors");
        Assert.False(nginx.Passed);
        Assert.Equal("0 non-2xx, 1 socket errors", nginx.Measured);
    }

    [Fact]
    public void Memory_that_keeps_growing_over_the_second_half_of_the_soak_fails()
    {
        var verdicts = BenchVerdicts.Judge(Results(memoryEndMb: 200), Settings);

        var memory = Assert.Single(verdicts, verdict => verdict.Target.StartsWith("soak: memory", StringComparison.Ordinal));
        Assert.False(memory.Passed);
        Assert.Equal("150 MB at the start, 170 MB half way, 200 MB at the end (1.18 x)", memory.Measured);
    }

    [Fact]
    public void Lists_targets_in_the_order_of_the_report_with_growth_last()
    {
        var verdicts = BenchVerdicts.Judge(Results(), Settings);

        Assert.Equal(
        [
            "comparison page >= 0.80 x nginx requests/s (median of 5 rounds)",
            "result page >= 0.80 x nginx requests/s (median of 5 rounds)",
            "comparison p99 <= 1.5 x nginx's p99 in the same round at 64 connections",
            "result p99 <= 1.5 x nginx's p99 in the same round at 64 connections",
            "api p99 <= 1.5 x nginx's p99 in the same round at 64 connections",
            "comparison page >= 7 x the Python framework peer's requests/s (median of 5 rounds)",
            "404 page >= 0.50 x the comparison page's requests/s (median of 5 rounds)",
            "400 page >= 0.50 x the comparison page's requests/s (median of 5 rounds)",
            "comparison: no non-2xx responses, no socket errors",
            "result: no non-2xx responses, no socket errors",
            "api: no non-2xx responses, no socket errors",
            "notfound: every answer 404, no socket errors",
            "badrequest: every answer 400, no socket errors",
            "nginx: no non-2xx responses, no socket errors",
            "peer: no non-2xx responses, no socket errors",
            "soak of mixed traffic: no 5xx or other unexpected answers, no socket errors",
            "soak: memory at the end <= 1.10 x half way through",
            "cold start median <= 1000 ms",
            "content load grows linearly",
        ], verdicts.Select(verdict => verdict.Target));
        Assert.All(verdicts, verdict => Assert.True(verdict.Passed, verdict.Target));
    }

    [Fact]
    public void A_slow_cold_start_fails()
    {
        var verdicts = BenchVerdicts.Judge(Results(coldStartMedian: "1001"), Settings);

        var coldStart = Assert.Single(verdicts, verdict => verdict.Target == "cold start median <= 1000 ms");
        Assert.False(coldStart.Passed);
        Assert.Equal("median 1001 ms, worst 1200 ms", coldStart.Measured);
    }

    private static BenchResults Results(
        long comparisonRps = 45_000,
        long nginxRps = 50_000,
        long peerRps = 5_000,
        long notFoundRps = 40_000,
        double apiP99 = 4,
        double nginxP99 = 4,
        long nginxSocketErrors = 0,
        long badRequestUnexpected = 0,
        long memoryEndMb = 175,
        string coldStartMedian = "800")
    {
        var site = new SiteFacts("/compare/a-vs-b", 1000, "text/html", "", "/compare/a-vs-b/choose/result?q=o", "/api/x", "{}", "/compare/a-vs-b/aspects/x", "/r?q");
        var endpoints = Endpoint.All(site);
        return new BenchResults(
        [
            Figures(endpoints[0], comparisonRps, 4),
            Figures(endpoints[1], 45_000, 4),
            Figures(endpoints[2], 30_000, apiP99),
            Figures(endpoints[3], notFoundRps, 4, unexpected: 0),
            Figures(endpoints[4], 40_000, 4, unexpected: badRequestUnexpected),
            Figures(endpoints[5], nginxRps, nginxP99, socketErrors: nginxSocketErrors),
            Figures(endpoints[6], peerRps, 4),
        ],
            new ColdStartFigures(coldStartMedian, "1200", double.Parse(coldStartMedian, System.Globalization.CultureInfo.InvariantCulture)),
            [new ContentLoadFigures("1", "30", "40.0", 40.0), new ContentLoadFigures("10", "291", "300.0", 30.0)],
            new SoakFigures(30_000, 5, 0, "200=1 404=1 400=1 other=0", 150, 170, memoryEndMb));
    }

    private static EndpointFigures Figures(Endpoint endpoint, long rps, double p99, long socketErrors = 0, long? unexpected = null) =>
        EndpointFigures.FromRounds(endpoint, [new WrkReport(rps, 1, p99, unexpected is null ? 0 : 1000, socketErrors, unexpected)]);
}
