namespace FrameworkAdvisor.Bench;

/// <summary>The aligned line bench/run.sh prints after each measured wrk run, before the best rounds are picked.</summary>
internal static class WrkRoundLine
{
    public static string Format(string endpoint, string round, WrkReport report) =>
        $"  {endpoint,-11} round {round}: {EndpointFigures.WholeRequests(report.RequestsPerSecond),8} req/s  " +
        $"p50 {PrintfFixed.Format(report.P50Ms, 2),7} ms  p99 {PrintfFixed.Format(report.P99Ms, 2),7} ms  " +
        $"non-2xx {report.Non2xxResponses}  socket errors {report.SocketErrors}";
}
