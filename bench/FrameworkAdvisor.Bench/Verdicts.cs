using static FrameworkAdvisor.Bench.Endpoints;

namespace FrameworkAdvisor.Bench;

/// <summary>One target, what was measured against it, and whether it was met. A figure that is n/a never meets one.</summary>
internal sealed record Verdict(bool Passed, string Target, string Measured)
{
    public string State => Passed ? "PASS" : "FAIL";

    public static Verdict AtLeast(string target, string measured, double? figure, double minimum) => new(figure >= minimum, target, measured);

    public static Verdict AtMost(string target, string measured, double? figure, double maximum) => new(figure <= maximum, target, measured);
}

/// <summary>Every target of <see cref="Targets"/> judged against one run, in the order the report lists them.</summary>
internal static class Verdicts
{
    public static IReadOnlyList<Verdict> Judge(BenchResults results)
    {
        var rounds = $"median of {results.Facts.Rounds} rounds";
        var verdicts = new List<Verdict>();
        void Throughput(string target, string name, string baseline, double minimum, string note = "")
        {
            var spread = results.Ratio(name, baseline, run => run.RequestsPerSecond);
            verdicts.Add(Verdict.AtLeast($"{target} ({rounds})", $"{spread.Text} x{note}", spread.Median, minimum));
        }

        Throughput($"comparison page >= {Targets.ComparisonMinRatio:F2} x nginx requests/s", Comparison, Nginx, Targets.ComparisonMinRatio);
        Throughput($"result page >= {Targets.ResultMinRatio:F2} x nginx requests/s", Result, Nginx, Targets.ResultMinRatio);

        var cpu = results.Ratio(Comparison, Nginx, run => run.CpuUsPerRequest);
        verdicts.Add(Verdict.AtMost(
            $"comparison page server CPU per request <= {Targets.CpuMaxRatioToNginx:F1} x nginx's for the same bytes ({rounds})",
            $"{cpu.Text} x; median {Report.Cpu(results, Comparison)} µs, nginx {Report.Cpu(results, Nginx)} µs",
            cpu.Median,
            Targets.CpuMaxRatioToNginx));

        foreach (var name in new[] { Comparison, Result, Api })
        {
            var p99 = results.Ratio(name, Nginx, run => run.P99Ms);
            verdicts.Add(Verdict.AtMost(
                $"{name} p99 <= {Targets.P99MaxRatioToNginx:F1} x nginx's p99 in the same round at {results.Facts.Connections} connections",
                $"{p99.Text} x; median {Report.Median(results, name, run => run.P99Ms)} ms, nginx {Report.Median(results, Nginx, run => run.P99Ms)} ms",
                p99.Median,
                Targets.P99MaxRatioToNginx));
        }

        if (results.Has(Peer))
        {
            // nginx over the peer says how far above the peer anything on this machine can get.
            Throughput($"comparison page >= {Targets.PeerMinRatio:F0} x the Python framework peer's requests/s", Comparison, Peer, Targets.PeerMinRatio,
                $"; nginx itself {results.Ratio(Nginx, Peer, run => run.RequestsPerSecond).Text} x");
        }

        foreach (var (name, page) in new[] { (NotFound, "404 page"), (BadRequest, "400 page") })
        {
            Throughput($"{page} >= {Targets.ErrorPageMinRatio:F2} x the comparison page's requests/s", name, Comparison, Targets.ErrorPageMinRatio);
        }

        foreach (var (name, _, _) in All(results.Facts).Where(endpoint => endpoint.Judged && results.Has(endpoint.Name)))
        {
            var runs = results.RoundsOf(name);
            var (unexpected, socket) = (runs.Sum(run => run.Unexpected), runs.Sum(run => run.SocketErrors));
            var expected = name switch { NotFound => "every answer 404", BadRequest => "every answer 400", _ => "no 4xx or 5xx answers" };
            verdicts.Add(new Verdict(unexpected + socket == 0, $"{name}: {expected}, no socket errors", $"{unexpected} other answers, {socket} socket errors"));
        }

        if (results.Soak is { RssKb: [var start, var middle, var end] } soak)
        {
            verdicts.Add(new Verdict(soak.Failures == 0, "soak of mixed traffic: no 5xx or other unexpected answers, no socket errors", $"{soak.Failures} ({soak.StatusText})"));
            double? growth = middle > 0 ? Figures.Rounded((double)end / middle, 2) : null;
            verdicts.Add(Verdict.AtMost(
                $"soak: memory at the end <= {Targets.SoakMaxMemoryGrowth:F2} x half way through",
                $"{start / 1024} MB at the start, {middle / 1024} MB half way, {end / 1024} MB at the end ({Figures.Text(growth)} x)",
                growth,
                Targets.SoakMaxMemoryGrowth));
        }

        var coldMedian = Figures.Rounded(Figures.Median(results.ColdStartsMs), 0);
        verdicts.Add(Verdict.AtMost($"cold start median <= {Targets.ColdStartMaxMs} ms",
            $"median {coldMedian} ms, worst {Figures.Text(results.ColdStartsMs.Max(), 0)} ms", coldMedian, Targets.ColdStartMaxMs));

        if (results.Loads is [.., var previous, var largest])
        {
            double? growth = previous.PerUnitMs > 0 ? Figures.Rounded(largest.PerUnitMs / previous.PerUnitMs, 2) : null;
            verdicts.Add(Verdict.AtMost(
                "content load grows linearly",
                $"ms per 1x at {largest.Scale}x is {Figures.Text(growth)} x that at {previous.Scale}x; linear means at most {Targets.LinearMaxGrowth} x",
                growth,
                Targets.LinearMaxGrowth));
        }

        return verdicts;
    }
}
