using System.Globalization;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// A long run of mixed traffic (pages, share links, made-up addresses, unreadable links; identity and Brotli) through
/// bench/soak.lua: requests/s, p99, what came back, and the site's resident memory before, half way and after.
/// </summary>
internal sealed record SoakFigures(
    long RequestsPerSecond, double P99Ms, long Failures, string Statuses, long MemoryStartMb, long MemoryMiddleMb, long MemoryEndMb)
{
    /// <summary>Over the second half, once caches are full and the GC has sized its heap: a leak keeps growing there.</summary>
    public double? MemoryGrowth => Ratio.Of(MemoryEndMb, MemoryMiddleMb);

    /// <summary>A duration such as 60s, halved for bench/run.sh's sleep: "30s".</summary>
    public static string HalfOf(string duration) =>
        duration.EndsWith('s') && int.TryParse(duration[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 2
            ? $"{seconds / 2}s"
            : throw new BenchFailedException($"BENCH_SOAK is \"{duration}\"; give it in whole seconds, at least 2s, such as 60s");

    public static SoakFigures Read(string folder)
    {
        var output = Path.Combine(folder, "wrk.txt");
        var report = WrkReport.Read(output);
        var statuses = File.ReadLines(output).FirstOrDefault(line => line.StartsWith("Statuses:", StringComparison.Ordinal))?["Statuses:".Length..].Trim()
            ?? throw new BenchFailedException($"{output} has no \"Statuses:\" line; was wrk run with bench/soak.lua?");
        return new SoakFigures(
            EndpointFigures.WholeRequests(report.RequestsPerSecond),
            PrintfFixed.Round(report.P99Ms, 2),
            report.Failures,
            statuses,
            ResidentMegabytes(Path.Combine(folder, "memory-start")),
            ResidentMegabytes(Path.Combine(folder, "memory-middle")),
            ResidentMegabytes(Path.Combine(folder, "memory-end")));
    }

    /// <summary>The VmRSS line of /proc/&lt;pid&gt;/status, as bench/run.sh copied it: "VmRSS:  153412 kB".</summary>
    public static long ResidentMegabytes(string path)
    {
        var line = File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
        var fields = line?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return fields is [_, var kilobytes, "kB"] && long.TryParse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value / 1024
            : throw new BenchFailedException($"{path} has no \"VmRSS: <n> kB\" line");
    }
}
