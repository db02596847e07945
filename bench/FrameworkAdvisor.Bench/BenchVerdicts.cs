namespace FrameworkAdvisor.Bench;

/// <summary>Every target of <see cref="Targets"/> judged against one run, in the order the report lists them.</summary>
internal static class BenchVerdicts
{
    public static IReadOnlyList<Verdict> Judge(BenchResults results, BenchSettings settings)
    {
        var verdicts = new List<Verdict>
        {
            ThroughputVerdict("comparison page", results, Endpoint.Comparison, Targets.ComparisonMinRatio),
            ThroughputVerdict("result page", results, Endpoint.Result, Targets.ResultMinRatio),
        };

        foreach (var name in new[] { Endpoint.Comparison, Endpoint.Result, Endpoint.Api })
        {
            var p99 = results[name].P99Ms;
            verdicts.Add(Verdict.AtMost(
                $"{name} p99 <= {Targets.P99MaxMs} ms at {settings.Connections} connections",
                $"{PrintfFixed.Format(p99, 2)} ms",
                p99,
                Targets.P99MaxMs));
        }

        foreach (var figures in results.Endpoints)
        {
            verdicts.Add(new Verdict(
                figures.Non2xxResponses == 0 && figures.SocketErrors == 0,
                $"{figures.Endpoint.Name}: no non-2xx responses or socket errors",
                $"{figures.Non2xxResponses} non-2xx, {figures.SocketErrors} socket errors"));
        }

        var coldStart = results.ColdStart;
        verdicts.Add(Verdict.AtMost(
            $"cold start median <= {Targets.ColdStartMaxMs} ms",
            $"median {coldStart.MedianMs} ms, worst {coldStart.WorstMs} ms",
            coldStart.Median,
            Targets.ColdStartMaxMs));

        if (results.Growth is { } growth)
        {
            verdicts.Add(new Verdict(growth.IsLinear, "content load grows linearly", growth.Text));
        }

        return verdicts;
    }

    private static Verdict ThroughputVerdict(string page, BenchResults results, string endpoint, double minimumRatio)
    {
        var ratio = results.RatioToNginx(results[endpoint]);
        return Verdict.AtLeast(
            $"{page} >= {minimumRatio:F2} x nginx requests/s", $"{Ratio.Text(ratio)} x", ratio, minimumRatio);
    }
}
