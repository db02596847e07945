namespace FrameworkAdvisor.Bench;

/// <summary>Every figure of one bench run, read from its work folder.</summary>
internal sealed record BenchResults(
    IReadOnlyList<EndpointFigures> Endpoints,
    ColdStartFigures ColdStart,
    IReadOnlyList<ContentLoadFigures> ContentLoads,
    SoakFigures? Soak = null)
{
    public LinearGrowth? Growth { get; } = LinearGrowth.Of(ContentLoads);

    public EndpointFigures this[string endpoint] => Endpoints.Single(figures => figures.Endpoint.Name == endpoint);

    public bool Has(string endpoint) => Endpoints.Any(figures => figures.Endpoint.Name == endpoint);

    /// <summary>An endpoint's requests/s over another's, round by round.</summary>
    public RoundSpread Throughput(string endpoint, string baseline) =>
        RoundSpread.Of(RoundsOf(this[endpoint]).Select(round => round.RequestsPerSecond).ToList(), RoundsOf(this[baseline]).Select(round => round.RequestsPerSecond).ToList());

    /// <summary>An endpoint's p99 over nginx's in the same round.</summary>
    public RoundSpread P99OverNginx(string endpoint) =>
        RoundSpread.Of(RoundsOf(this[endpoint]).Select(round => round.P99Ms).ToList(), RoundsOf(this[Endpoint.Nginx]).Select(round => round.P99Ms).ToList());

    public static BenchResults Read(WorkFolder work, BenchSettings settings, SiteFacts site) => new(
        [.. Endpoint.All(site).Select(endpoint => EndpointFigures.FromRounds(
            endpoint,
            [.. Enumerable.Range(1, settings.Rounds).Select(round => WrkReport.Read(work.WrkOutput(endpoint.Name, round)))]))],
        ColdStartFigures.Read(work.ColdStartTimerOutput),
        [.. settings.Scales.Select(scale => ContentLoadFigures.Read(scale, work.ContentLoadTimerOutput(scale)))],
        SoakFigures.Read(work.Soak));

    /// <summary>Figures made without rounds (as tests make them) count as one round.</summary>
    private static IReadOnlyList<WrkReport> RoundsOf(EndpointFigures figures) => figures.Rounds.Count > 0
        ? figures.Rounds
        : [new WrkReport(figures.RequestsPerSecond, figures.P50Ms, figures.P99Ms, figures.Non2xxResponses, figures.SocketErrors)];
}
