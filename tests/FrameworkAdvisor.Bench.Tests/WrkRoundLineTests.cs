namespace FrameworkAdvisor.Bench.Tests;

public sealed class WrkRoundLineTests
{
    [Fact]
    public void Lines_up_name_requests_and_latencies_in_fixed_columns()
    {
        var report = WrkReport.Parse(Fixtures.Text("single-round", "wrk-result-1.txt"));

        Assert.Equal(
            "  result      round 1:    70064 req/s  p50    0.65 ms  p99    3.57 ms  non-2xx 0  socket errors 0",
            WrkRoundLine.Format("result", "1", report));
    }

    [Fact]
    public void Widens_the_columns_rather_than_cut_a_figure()
    {
        var report = WrkReport.Parse(Fixtures.Text("wrk", "seconds-with-errors.txt"));

        Assert.Equal(
            "  api         round 2:        3 req/s  p50 1470.00 ms  p99 1960.00 ms  non-2xx 6  socket errors 6",
            WrkRoundLine.Format("api", "2", report));
    }
}
