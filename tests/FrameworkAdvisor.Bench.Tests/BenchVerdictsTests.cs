namespace FrameworkAdvisor.Bench.Tests;

public sealed class BenchVerdictsTests
{
    private static readonly BenchSettings Settings = new("10s", "3s", 2, "64", "2", "5", ["1", "10"], "RateLimiting__X=1");

    [Fact]
    public void Comparison_page_fails_when_its_ratio_to_nginx_is_below_the_target()
    {
        var verdicts = BenchVerdicts.Judge(Results(comparisonRps: 29_000, nginxRps: 50_000), Settings);

        var comparison = Assert.Single(verdicts, verdict => verdict.Target == "comparison page >= 0.60 x nginx requests/s");
        Assert.False(comparison.Passed);
        Assert.Equal("FAIL", comparison.State);
        Assert.Equal("0.58 x", comparison.Measured);
    }

    [Fact]
    public void A_ratio_is_judged_as_printed_so_one_that_shows_as_the_target_passes()
    {
        // 29 980 / 50 000 = 0.5996, printed 0.60.
        var verdicts = BenchVerdicts.Judge(Results(comparisonRps: 29_980, nginxRps: 50_000), Settings);

        var comparison = Assert.Single(verdicts, verdict => verdict.Target.StartsWith("comparison page", StringComparison.Ordinal));
        Assert.True(comparison.Passed);
        Assert.Equal("0.60 x", comparison.Measured);
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
    public void A_p99_over_the_target_fails_and_names_the_connections()
    {
        var verdicts = BenchVerdicts.Judge(Results(apiP99: 5.01), Settings);

        var api = Assert.Single(verdicts, verdict => verdict.Target == "api p99 <= 5 ms at 64 connections");
        Assert.False(api.Passed);
        Assert.Equal("5.01 ms", api.Measured);
    }

    [Fact]
    public void Any_error_fails_its_endpoint_even_nginx()
    {
        var verdicts = BenchVerdicts.Judge(Results(nginxSocketErrors: 1), Settings);

        var nginx = Assert.Single(verdicts, verdict => verdict.Target == "nginx: no non-2xx responses or socket errors");
        Assert.False(nginx.Passed);
        Assert.Equal("0 non-2xx, 1 socket errors", nginx.Measured);
    }

    [Fact]
    public void Lists_targets_in_the_order_of_the_report_with_growth_last()
    {
        var verdicts = BenchVerdicts.Judge(Results(), Settings);

        Assert.Equal(
        [
            "comparison page >= 0.60 x nginx requests/s",
            "result page >= 0.40 x nginx requests/s",
            "comparison p99 <= 5 ms at 64 connections",
            "result p99 <= 5 ms at 64 connections",
            "api p99 <= 5 ms at 64 connections",
            "comparison: no non-2xx responses or socket errors",
            "result: no non-2xx responses or socket errors",
            "api: no non-2xx responses or socket errors",
            "nginx: no non-2xx responses or socket errors",
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
        long comparisonRps = 40_000,
        long nginxRps = 50_000,
        double apiP99 = 4.5,
        long nginxSocketErrors = 0,
        string coldStartMedian = "800")
    {
        var site = new SiteFacts("/compare/a-vs-b", 1000, "text/html", "", "/compare/a-vs-b/choose/result?q=o", "/api/x", "{}");
        var endpoints = Endpoint.All(site);
        return new BenchResults(
        [
            new EndpointFigures(endpoints[0], comparisonRps, 1, 4, 0, 0),
            new EndpointFigures(endpoints[1], 45_000, 1, 4, 0, 0),
            new EndpointFigures(endpoints[2], 30_000, 1, apiP99, 0, 0),
            new EndpointFigures(endpoints[3], nginxRps, 1, 3, 0, nginxSocketErrors),
        ],
            new ColdStartFigures(coldStartMedian, "1200", double.Parse(coldStartMedian, System.Globalization.CultureInfo.InvariantCulture)),
            [new ContentLoadFigures("1", "30", "40.0", 40.0), new ContentLoadFigures("10", "291", "300.0", 30.0)]);
    }
}
