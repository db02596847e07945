namespace FrameworkAdvisor.Bench.Tests;

public sealed class WrkReportTests
{
    [Fact]
    public void Reads_requests_per_second_and_millisecond_percentiles_past_the_k_suffixed_thread_stats()
    {
        // Thread stats say "Req/Sec 18.25k" and the total "3.02GB read"; only Requests/sec and the percentiles count.
        var report = WrkReport.Parse(Fixtures.Text("single-round", "wrk-comparison-1.txt"));

        Assert.Equal(new WrkReport(36256.49, 1.40, 5.33, 0, 0), report);
    }

    [Fact]
    public void Reads_microsecond_percentiles_as_fractions_of_a_millisecond()
    {
        var report = WrkReport.Parse(Fixtures.Text("single-round", "wrk-nginx-1.txt"));

        Assert.Equal(80572.58, report.RequestsPerSecond);
        Assert.Equal(0.551, report.P50Ms);
        Assert.Equal(2.94, report.P99Ms);
    }

    [Fact]
    public void Reads_second_percentiles_non_2xx_responses_and_adds_up_every_kind_of_socket_error()
    {
        var report = WrkReport.Parse(Fixtures.Text("wrk", "seconds-with-errors.txt"));

        Assert.Equal(new WrkReport(2.80, 1470, 1960, 6, 6), report);
    }

    [Fact]
    public void Adds_connect_read_write_and_timeout_errors_together()
    {
        var output = Fixtures.Text("single-round", "wrk-api-1.txt").Replace(
            "Requests/sec:", "  Socket errors: connect 1, read 20, write 300, timeout 4000\nRequests/sec:", StringComparison.Ordinal);

        Assert.Equal(4321, WrkReport.Parse(output).SocketErrors);
    }

    [Theory]
    [InlineData("812.00us", 0.812)]
    [InlineData("1.20ms", 1.20)]
    [InlineData("1.05s", 1050)]
    [InlineData("1.50m", 90_000)]
    [InlineData("1.00h", 3_600_000)]
    public void Converts_each_wrk_time_unit_to_milliseconds(string latency, double milliseconds)
    {
        Assert.Equal(milliseconds, WrkReport.ToMilliseconds(latency), precision: 9);
    }

    [Fact]
    public void Refuses_output_without_latency_percentiles_rather_than_report_zero()
    {
        var withoutLatency = string.Join('\n', Fixtures.Text("single-round", "wrk-api-1.txt")
            .Split('\n')
            .Where(line => !line.Contains('%', StringComparison.Ordinal)));

        Assert.Throws<FormatException>(() => WrkReport.Parse(withoutLatency));
    }

    [Fact]
    public void Refuses_output_without_requests_per_second()
    {
        Assert.Throws<FormatException>(() => WrkReport.Parse("unable to connect to 127.0.0.1:1 Connection refused\n"));
    }

    [Fact]
    public void Reads_the_count_of_unexpected_answers_that_the_status_script_adds()
    {
        var report = WrkReport.Parse(Fixtures.Text("short-run", "wrk-notfound-1.txt"));

        Assert.Equal(0, report.UnexpectedResponses);
        Assert.True(report.Non2xxResponses > 0);
        Assert.Equal(0, report.Failures);
    }
}
