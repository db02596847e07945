namespace FrameworkAdvisor.Bench.Tests;

/// <summary>Bench results made in memory: every endpoint's runs over 10 seconds, with the figures a test sets.</summary>
internal static class Runs
{
    public static readonly Facts Facts = new(
        "2", "Linux 6.1", "10.0.100", "nginx/1.22.1", "2.2.2", "8s", "2s", "1", "64", "2", "60s", "5",
        "/compare/a-vs-b", "29000", "br", "/compare/a-vs-b/choose/result?q1=x", "/api/comparisons/a-vs-b/recommendation",
        "{\"answers\":{\"q1\":\"x\"}}", "/compare/a-vs-b/aspects/spee", "/compare/a-vs-b/choose/result?q1=x&q2=x", "/search?q=a", "");

    public static WrkRun Run(string name, double rps, double p99Ms = 2, double? cpuUsPerRequest = 20, int round = 1, long unexpected = 0, long socketErrors = 0) =>
        new(name, round, (long)(rps * 10), 10, 1, p99Ms, unexpected, socketErrors, cpuUsPerRequest is { } cpu ? (long)(cpu * rps * 10) : null);

    public static BenchResults Results(
        IEnumerable<WrkRun>? overrides = null, IReadOnlyList<double>? coldStartsMs = null, IReadOnlyList<ContentLoad>? loads = null)
    {
        var runs = new Dictionary<string, WrkRun>
        {
            ["nginx"] = Run("nginx", 50_000),
            ["comparison"] = Run("comparison", 45_000),
            ["result"] = Run("result", 45_000),
            ["api"] = Run("api", 20_000),
            ["notfound"] = Run("notfound", 40_000),
            ["badrequest"] = Run("badrequest", 40_000),
        };
        foreach (var run in overrides ?? [])
        {
            runs[run.Name] = run;
        }

        return new BenchResults(Facts, [.. runs.Values], coldStartsMs ?? [500, 600], loads ?? [new(1, 100, [20]), new(10, 1000, [200])], []);
    }

    public static Verdict Named(this IReadOnlyList<Verdict> verdicts, string start) =>
        Assert.Single(verdicts, verdict => verdict.Target.StartsWith(start, StringComparison.Ordinal));
}
