namespace FrameworkAdvisor.Bench;

/// <summary>An endpoint's figures over all its wrk rounds.</summary>
internal sealed record EndpointFigures(
    Endpoint Endpoint, long RequestsPerSecond, double P50Ms, double P99Ms, long Non2xxResponses, long SocketErrors)
{
    /// <summary>Every round as wrk reported it, in order; the ratios between endpoints are taken round by round.</summary>
    public IReadOnlyList<WrkReport> Rounds { get; init; } = [];

    /// <summary>Answers that were not what the endpoint should give, and socket errors, over all rounds.</summary>
    public long Failures { get; init; }

    /// <summary>
    /// The median round's requests/s and latencies: a shared 2-core VM has slow and fast moments, and the median of
    /// alternating rounds is the figure least moved by either. Errors are never forgiven: they add up over all rounds.
    /// </summary>
    public static EndpointFigures FromRounds(Endpoint endpoint, IReadOnlyList<WrkReport> rounds)
    {
        if (rounds.Count == 0)
        {
            throw new BenchFailedException($"no wrk rounds for {endpoint.Name}");
        }

        return new EndpointFigures(
            endpoint,
            WholeRequests(Median.Of([.. rounds.Select(round => round.RequestsPerSecond)])),
            PrintfFixed.Round(Median.Of([.. rounds.Select(round => round.P50Ms)]), 2),
            PrintfFixed.Round(Median.Of([.. rounds.Select(round => round.P99Ms)]), 2),
            rounds.Sum(round => round.Non2xxResponses),
            rounds.Sum(round => round.SocketErrors))
        {
            Rounds = rounds,
            Failures = rounds.Sum(round => round.Failures),
        };
    }

    public static long WholeRequests(double requestsPerSecond) => (long)PrintfFixed.Round(requestsPerSecond, 0);
}
