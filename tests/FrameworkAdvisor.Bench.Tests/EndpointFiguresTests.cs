namespace FrameworkAdvisor.Bench.Tests;

public sealed class EndpointFiguresTests
{
    private static readonly Endpoint Page = new("comparison", "comparison page GET /compare/a-vs-b");

    [Fact]
    public void Takes_the_median_of_the_rounds_for_requests_and_each_latency()
    {
        var figures = EndpointFigures.FromRounds(Page,
        [
            new WrkReport(30_000.4, 1.10, 4.00, 0, 0),
            new WrkReport(31_000.6, 1.30, 6.20, 0, 0),
            new WrkReport(29_000.0, 0.90, 3.00, 0, 0),
        ]);

        Assert.Equal(30_000, figures.RequestsPerSecond);
        Assert.Equal(1.10, figures.P50Ms);
        Assert.Equal(4.00, figures.P99Ms);
        Assert.Equal(3, figures.Rounds.Count);
    }

    [Fact]
    public void Adds_up_errors_from_every_round()
    {
        var figures = EndpointFigures.FromRounds(Page,
        [
            new WrkReport(30_000, 1, 4, Non2xxResponses: 3, SocketErrors: 0),
            new WrkReport(31_000, 1, 4, Non2xxResponses: 0, SocketErrors: 2),
            new WrkReport(29_000, 1, 4, Non2xxResponses: 5, SocketErrors: 1),
        ]);

        Assert.Equal(8, figures.Non2xxResponses);
        Assert.Equal(3, figures.SocketErrors);
        Assert.Equal(11, figures.Failures);
    }

    [Fact]
    public void An_error_page_fails_only_on_answers_other_than_its_own_status()
    {
        var notFound = new Endpoint("notfound", "404 page", 404);

        var figures = EndpointFigures.FromRounds(notFound,
        [
            new WrkReport(30_000, 1, 4, Non2xxResponses: 300_000, SocketErrors: 0, UnexpectedResponses: 0),
            new WrkReport(31_000, 1, 4, Non2xxResponses: 310_000, SocketErrors: 1, UnexpectedResponses: 2),
        ]);

        Assert.Equal(3, figures.Failures);
    }

    [Fact]
    public void Rounds_latencies_to_the_hundredths_the_report_shows()
    {
        var figures = EndpointFigures.FromRounds(Page, [new WrkReport(100, 0.654, 4.996, 0, 0)]);

        Assert.Equal(0.65, figures.P50Ms);
        Assert.Equal(5.00, figures.P99Ms);
    }
}
