namespace FrameworkAdvisor.Bench;

/// <summary>An endpoint's figures over all its wrk rounds.</summary>
internal sealed record EndpointFigures(
    Endpoint Endpoint, long RequestsPerSecond, double P50Ms, double P99Ms, long Non2xxResponses, long SocketErrors)
{
    /// <summary>
    /// Keeps the round with the most requests/s, with that run's own latencies: a shared 2-core VM has slow moments,
    /// and the best of a few rounds is the figure least moved by them. Errors are never forgiven: they add up over
    /// all rounds.
    /// </summary>
    public static EndpointFigures FromRounds(Endpoint endpoint, IReadOnlyList<WrkReport> rounds)
    {
        if (rounds.Count == 0)
        {
            throw new BenchFailedException($"no wrk rounds for {endpoint.Name}");
        }

        // Compared as the whole requests/s the round line shows; on a tie the earlier round stays (MaxBy keeps the first).
        var best = rounds.MaxBy(round => WholeRequests(round.RequestsPerSecond))!;
        return new EndpointFigures(
            endpoint,
            WholeRequests(best.RequestsPerSecond),
            PrintfFixed.Round(best.P50Ms, 2),
            PrintfFixed.Round(best.P99Ms, 2),
            rounds.Sum(round => round.Non2xxResponses),
            rounds.Sum(round => round.SocketErrors));
    }

    public static long WholeRequests(double requestsPerSecond) => (long)PrintfFixed.Round(requestsPerSecond, 0);
}
