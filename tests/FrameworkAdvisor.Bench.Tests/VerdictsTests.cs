namespace FrameworkAdvisor.Bench.Tests;

public sealed class VerdictsTests
{
    [Fact]
    public void Comparison_page_fails_when_its_median_ratio_to_nginx_is_below_the_target()
    {
        var comparison = Verdicts.Judge(Runs.Results([Runs.Run("comparison", 39_000)])).Named("comparison page >= 0.80 x nginx requests/s");

        Assert.Equal("FAIL", comparison.State);
        Assert.Equal("comparison page >= 0.80 x nginx requests/s (median of 1 rounds)", comparison.Target);
        Assert.Equal("0.78 (0.78–0.78) x", comparison.Measured);
    }

    [Fact]
    public void A_ratio_is_judged_as_printed_so_one_that_shows_as_the_target_passes()
    {
        // 39 980 / 50 000 = 0.7996, printed 0.80.
        Assert.True(Verdicts.Judge(Runs.Results([Runs.Run("comparison", 39_980)])).Named("comparison page >= 0.80").Passed);
        Assert.False(Verdicts.Judge(Runs.Results([Runs.Run("result", 39_700)])).Named("result page >= 0.80").Passed);
    }

    [Fact]
    public void Throughput_fails_with_n_a_when_nginx_served_nothing()
    {
        var result = Verdicts.Judge(Runs.Results([Runs.Run("nginx", 0)])).Named("result page");

        Assert.False(result.Passed);
        Assert.Equal("n/a x", result.Measured);
    }

    [Fact]
    public void Server_cpu_per_request_passes_at_one_point_three_times_nginxs_and_fails_above()
    {
        var atTarget = Verdicts.Judge(Runs.Results([Runs.Run("nginx", 50_000, cpuUsPerRequest: 10), Runs.Run("comparison", 45_000, cpuUsPerRequest: 13)]))
            .Named("comparison page server CPU per request <= 1.3 x nginx's");
        var above = Verdicts.Judge(Runs.Results([Runs.Run("nginx", 50_000, cpuUsPerRequest: 10), Runs.Run("comparison", 45_000, cpuUsPerRequest: 13.2)]))
            .Named("comparison page server CPU per request");

        Assert.True(atTarget.Passed);
        Assert.Equal("1.30 (1.30–1.30) x; median 13.00 µs, nginx 10.00 µs", atTarget.Measured);
        Assert.False(above.Passed);
    }

    [Fact]
    public void Server_cpu_that_was_not_measured_fails()
    {
        var cpu = Verdicts.Judge(Runs.Results([Runs.Run("comparison", 45_000, cpuUsPerRequest: null)])).Named("comparison page server CPU");

        Assert.False(cpu.Passed);
        Assert.StartsWith("n/a x", cpu.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratios_are_taken_within_each_round_and_the_median_round_is_judged()
    {
        // Each round's ratio is 0.90, 0.85 and 0.70; the medians of the raw figures would give 28 000 / 40 000 = 0.70.
        var oneRound = Runs.Results();
        var threeRounds = oneRound with
        {
            Runs =
            [
                .. oneRound.Runs.Where(run => run.Name is not ("nginx" or "comparison")),
                Runs.Run("nginx", 50_000, round: 1), Runs.Run("nginx", 20_000, round: 2), Runs.Run("nginx", 40_000, round: 3),
                Runs.Run("comparison", 45_000, round: 1), Runs.Run("comparison", 17_000, round: 2), Runs.Run("comparison", 28_000, round: 3),
            ],
        };

        var comparison = Verdicts.Judge(threeRounds).Named("comparison page >= 0.80");

        Assert.Equal("0.85 (0.70–0.90) x", comparison.Measured);
        Assert.True(comparison.Passed);
    }

    [Fact]
    public void A_p99_over_one_and_a_half_times_nginxs_fails_and_names_the_connections()
    {
        var api = Verdicts.Judge(Runs.Results([Runs.Run("api", 20_000, p99Ms: 4.6), Runs.Run("nginx", 50_000, p99Ms: 3)]))
            .Named("api p99 <= 1.5 x nginx's p99 in the same round at 64 connections");

        Assert.False(api.Passed);
        Assert.Equal("1.53 (1.53–1.53) x; median 4.60 ms, nginx 3.00 ms", api.Measured);
    }

    [Fact]
    public void The_peer_verdict_says_how_far_nginx_itself_gets_above_the_peer()
    {
        var peer = Verdicts.Judge(Runs.Results([Runs.Run("peer", 10_000)])).Named("comparison page >= 7 x the Python framework peer's");

        Assert.False(peer.Passed);
        Assert.Equal("4.50 (4.50–4.50) x; nginx itself 5.00 (5.00–5.00) x", peer.Measured);
        Assert.True(Verdicts.Judge(Runs.Results([Runs.Run("peer", 6_000)])).Named("comparison page >= 7 x").Passed);
    }

    [Fact]
    public void Error_pages_are_judged_against_the_comparison_page_and_by_their_own_status()
    {
        var verdicts = Verdicts.Judge(Runs.Results([Runs.Run("notfound", 22_000), Runs.Run("badrequest", 40_000, unexpected: 2)]));

        Assert.False(verdicts.Named("404 page >= 0.50").Passed);
        Assert.True(verdicts.Named("400 page >= 0.50").Passed);
        var badRequest = verdicts.Named("badrequest: every answer 400, no socket errors");
        Assert.False(badRequest.Passed);
        Assert.Equal("2 other answers, 0 socket errors", badRequest.Measured);
    }

    [Fact]
    public void Any_error_fails_its_endpoint_even_nginx()
    {
        var nginx = Verdicts.Judge(Runs.Results([Runs.Run("nginx", 50_000, socketErrors: 1)])).Named("nginx: no 4xx or 5xx answers, no socket errors");

        Assert.False(nginx.Passed);
        Assert.Equal("0 other answers, 1 socket errors", nginx.Measured);
    }

    [Fact]
    public void Memory_that_keeps_growing_over_the_second_half_of_the_soak_fails()
    {
        WrkRun Soak(long end) => Runs.Run("soak", 30_000) with { RssKb = [400 * 1024, 300 * 1024, end * 1024] };

        var growing = Verdicts.Judge(Runs.Results([Soak(340)])).Named("soak: memory at the end <= 1.10 x half way through");
        var flat = Verdicts.Judge(Runs.Results([Soak(330)])).Named("soak: memory at the end");

        Assert.False(growing.Passed);
        Assert.Equal("400 MB at the start, 300 MB half way, 340 MB at the end (1.13 x)", growing.Measured);
        Assert.True(flat.Passed);
    }

    [Fact]
    public void A_soak_with_an_unexpected_answer_fails()
    {
        var soak = Runs.Run("soak", 30_000, unexpected: 3) with { RssKb = [1, 1, 1], Statuses = new Dictionary<string, long> { ["200"] = 9, ["500"] = 3 } };

        var verdict = Verdicts.Judge(Runs.Results([soak])).Named("soak of mixed traffic");

        Assert.False(verdict.Passed);
        Assert.Equal("3 (200=9 500=3)", verdict.Measured);
    }

    [Fact]
    public void Cold_start_is_judged_by_its_median_and_reports_the_worst()
    {
        var slow = Verdicts.Judge(Runs.Results(coldStartsMs: [900, 1100, 1200])).Named("cold start median <= 1000 ms");
        var atTarget = Verdicts.Judge(Runs.Results(coldStartsMs: [1000, 1000.4, 3000])).Named("cold start median");

        Assert.False(slow.Passed);
        Assert.Equal("median 1100 ms, worst 1200 ms", slow.Measured);
        Assert.True(atTarget.Passed);
    }

    [Fact]
    public void Content_load_that_more_than_doubles_per_1x_at_the_largest_size_is_not_linear()
    {
        var linear = Verdicts.Judge(Runs.Results(loads: [new(1, 100, [20]), new(10, 1000, [400])])).Named("content load grows linearly");
        var worse = Verdicts.Judge(Runs.Results(loads: [new(1, 100, [20]), new(10, 1000, [410])])).Named("content load grows linearly");
        var oneSize = Verdicts.Judge(Runs.Results(loads: [new(1, 100, [20])]));

        Assert.True(linear.Passed);
        Assert.Equal("ms per 1x at 10x is 2.00 x that at 1x; linear means at most 2 x", linear.Measured);
        Assert.False(worse.Passed);
        Assert.DoesNotContain(oneSize, verdict => verdict.Target.StartsWith("content load", StringComparison.Ordinal));
    }
}
