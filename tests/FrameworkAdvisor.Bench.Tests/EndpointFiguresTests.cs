namespace FrameworkAdvisor.Bench.Tests;

public sealed class EndpointFiguresTests
{
    private static readonly Endpoint Page = new("comparison", "comparison page GET /compare/a-vs-b");

    [Fact]
    public void Keeps_the_round_with_the_most_requests_with_that_rounds_own_latencies()
    {
        var figures = EndpointFigures.FromRounds(Page,
        [
            new WrkReport(30_000.4, 1.10, 4.00, 0, 0),
            new WrkReport(31_000.6, 1.30, 6.20, 0, 0),
            new WrkReport(29_000.0, 0.90, 3.00, 0, 0),
        ]);

        Assert.Equal(31_001, figures.RequestsPerSecond);
        Assert.Equal(1.30, figures.P50Ms);
        Assert.Equal(6.20, figures.P99Ms);
    }

    [Fact]
    public void Adds_up_errors_from_every_round_not_only_the_best()
    {
        var figures = EndpointFigures.FromRounds(Page,
        [
            new WrkReport(30_000, 1, 4, Non2xxResponses: 3, SocketErrors: 0),
            new WrkReport(31_000, 1, 4, Non2xxResponses: 0, SocketErrors: 2),
            new WrkReport(29_000, 1, 4, Non2xxResponses: 5, SocketErrors: 1),
        ]);

        Assert.Equal(8, figures.Non2xxResponses);
        Assert.Equal(3, figures.SocketErrors);
    }

    [Fact]
    public void Keeps_the_earlier_round_when_two_show_the_same_whole_requests_per_second()
    {
        var figures = EndpointFigures.FromRounds(Page,
        [
            new WrkReport(30_000.2, 1.10, 4.00, 0, 0),
            new WrkReport(29_999.8, 2.20, 8.00, 0, 0),
        ]);

        Assert.Equal(30_000, figures.RequestsPerSecond);
        Assert.Equal(4.00, figures.P99Ms);
    }

    [Fact]
    public void Rounds_latencies_to_the_hundredths_the_report_shows()
    {
        var figures = EndpointFigures.FromRounds(Page, [new WrkReport(100, 0.654, 4.996, 0, 0)]);

        Assert.Equal(0.65, figures.P50Ms);
        Assert.Equal(5.00, figures.P99Ms);
    }
}
