namespace FrameworkAdvisor.Bench;

/// <summary>Every target of <see cref="Targets"/> judged against one run, in the order the report lists them.</summary>
internal static class BenchVerdicts
{
    public static IReadOnlyList<Verdict> Judge(BenchResults results, BenchSettings settings)
    {
        var rounds = $"median of {settings.Rounds} rounds";
        var verdicts = new List<Verdict>
        {
            Throughput($"comparison page >= {Targets.ComparisonMinRatio:F2} x nginx requests/s ({rounds})", results.Throughput(Endpoint.Comparison, Endpoint.Nginx), Targets.ComparisonMinRatio),
            Throughput($"result page >= {Targets.ResultMinRatio:F2} x nginx requests/s ({rounds})", results.Throughput(Endpoint.Result, Endpoint.Nginx), Targets.ResultMinRatio),
        };

        foreach (var name in new[] { Endpoint.Comparison, Endpoint.Result, Endpoint.Api })
        {
            var spread = results.P99OverNginx(name);
            verdicts.Add(Verdict.AtMost(
                $"{name} p99 <= {Targets.P99MaxRatioToNginx:F1} x nginx's p99 in the same round at {settings.Connections} connections",
                $"{spread.Text} x; median {PrintfFixed.Format(results[name].P99Ms, 2)} ms, nginx {PrintfFixed.Format(results[Endpoint.Nginx].P99Ms, 2)} ms",
                spread.Median,
                Targets.P99MaxRatioToNginx));
        }

        if (results.Has(Endpoint.Peer))
        {
            // nginx over the peer says how far above the peer anything on this machine can get.
            var peer = results.Throughput(Endpoint.Comparison, Endpoint.Peer);
            verdicts.Add(Verdict.AtLeast(
                $"comparison page >= {Targets.PeerMinRatio:F0} x the Python framework peer's requests/s ({rounds})",
                $"{peer.Text} x; nginx itself {results.Throughput(Endpoint.Nginx, Endpoint.Peer).Text} x",
                peer.Median,
                Targets.PeerMinRatio));
        }

        foreach (var (name, page) in new[] { (Endpoint.NotFound, "404 page"), (Endpoint.BadRequest, "400 page") }.Where(pair => results.Has(pair.Item1)))
        {
            verdicts.Add(Throughput(
                $"{page} >= {Targets.ErrorPageMinRatio:F2} x the comparison page's requests/s ({rounds})", results.Throughput(name, Endpoint.Comparison), Targets.ErrorPageMinRatio));
        }

        foreach (var figures in results.Endpoints)
        {
            var expected = figures.Endpoint.ExpectedStatus == 200 ? "no non-2xx responses" : $"every answer {figures.Endpoint.ExpectedStatus}";
            verdicts.Add(new Verdict(
                figures.Failures == 0,
                $"{figures.Endpoint.Name}: {expected}, no socket errors",
                figures.Endpoint.ExpectedStatus == 200
                    ? $"{figures.Non2xxResponses} non-2xx, {figures.SocketErrors} socket errors"
                    : $"{figures.Failures - figures.SocketErrors} other answers, {figures.SocketErrors} socket errors"));
        }

        if (results.Soak is { } soak)
        {
            verdicts.Add(new Verdict(soak.Failures == 0, $"soak of mixed traffic: no 5xx or other unexpected answers, no socket errors", $"{soak.Failures} ({soak.Statuses})"));
            verdicts.Add(Verdict.AtMost(
                $"soak: memory at the end <= {Targets.SoakMaxMemoryGrowth:F2} x half way through",
                $"{soak.MemoryStartMb} MB at the start, {soak.MemoryMiddleMb} MB half way, {soak.MemoryEndMb} MB at the end ({Ratio.Text(soak.MemoryGrowth)} x)",
                soak.MemoryGrowth,
                Targets.SoakMaxMemoryGrowth));
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

    private static Verdict Throughput(string target, RoundSpread spread, double minimum) =>
        Verdict.AtLeast(target, $"{spread.Text} x", spread.Median, minimum);
}
