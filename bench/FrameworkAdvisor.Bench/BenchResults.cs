namespace FrameworkAdvisor.Bench;

/// <summary>Every figure of one bench run, read from its work folder.</summary>
internal sealed record BenchResults(
    IReadOnlyList<EndpointFigures> Endpoints,
    ColdStartFigures ColdStart,
    IReadOnlyList<ContentLoadFigures> ContentLoads)
{
    public LinearGrowth? Growth { get; } = LinearGrowth.Of(ContentLoads);

    public EndpointFigures this[string endpoint] => Endpoints.Single(figures => figures.Endpoint.Name == endpoint);

    /// <summary>An endpoint's requests/s over nginx's for the same page bytes.</summary>
    public double? RatioToNginx(EndpointFigures figures) =>
        Ratio.Of(figures.RequestsPerSecond, this[Endpoint.Nginx].RequestsPerSecond);

    public static BenchResults Read(WorkFolder work, BenchSettings settings, SiteFacts site) => new(
        [.. Endpoint.All(site).Select(endpoint => EndpointFigures.FromRounds(
            endpoint,
            [.. Enumerable.Range(1, settings.Rounds).Select(round => WrkReport.Read(work.WrkOutput(endpoint.Name, round)))]))],
        ColdStartFigures.Read(work.ColdStartTimerOutput),
        [.. settings.Scales.Select(scale => ContentLoadFigures.Read(scale, work.ContentLoadTimerOutput(scale)))]);
}
