using System.Globalization;
using System.Text;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// The end of bench/instances.sh: reads what it and <see cref="InstanceChecks"/> left in the work folder, prints a
/// PASS/FAIL line per check and the same as Markdown (also saved as summary.md), and gives the exit code.
/// </summary>
internal static class InstancesReport
{
    /// <summary>The load phases, by the name of their wrk output, as bench/instances.sh runs them.</summary>
    public static readonly (string Phase, string Description)[] Phases =
    [
        ("kill", "one instance killed with SIGKILL mid-run"),
        ("rolling", "rolling restart: SIGTERM, start, ready, one instance at a time"),
        ("reload", "content edited on disk while under load"),
    ];

    /// <returns>0 when every check passes, 1 when one fails.</returns>
    public static int Run(string workDirectory, TextWriter output)
    {
        var same = KeyValues(Path.Combine(workDirectory, "same.txt"));
        var reload = KeyValues(Path.Combine(workDirectory, "reload.txt"));
        var verdicts = new List<Verdict>
        {
            new(same["differing"] == "0", "same URL, same bytes and ETag from every instance (identity and Brotli)",
                $"{same["compared"]} responses compared, {same["differing"]} differ"),
        };

        var loads = new List<string>();
        foreach (var (phase, description) in Phases)
        {
            var path = Path.Combine(workDirectory, $"wrk-{phase}.txt");
            var report = WrkReport.Read(path);
            var failed = FailedRequests(path, report);
            verdicts.Add(new Verdict(failed == 0, $"{description}: no failed requests", $"{failed} failed"));
            loads.Add($"| {description} | {EndpointFigures.WholeRequests(report.RequestsPerSecond)} | {PrintfFixed.Format(report.P99Ms, 2)} ms | {failed} |");
        }

        verdicts.Add(new Verdict(reload["all_ms"] != "never", "content edit: every instance serves the new version", $"all three after {reload["all_ms"]} ms"));
        verdicts.Add(new Verdict(reload["mixed"] == "0", "content edit: no page mixes old and new (text or ETag)", $"{reload["pages"]} pages read, {reload["mixed"]} mixed"));

        var markdown = new StringBuilder();
        markdown.Append("| load through nginx (GET pages and a share link) | requests/s | p99 | failed |\n| --- | ---: | ---: | ---: |\n");
        foreach (var line in loads)
        {
            markdown.Append(line).Append('\n');
        }

        markdown.Append("\n| check | measured | |\n| --- | --- | --- |\n");
        foreach (var verdict in verdicts)
        {
            output.Write($"{verdict.State}  {verdict.Target}: {verdict.Measured}\n");
            markdown.Append($"| {verdict.Target} | {verdict.Measured} | {verdict.State} |\n");
        }

        output.Write($"\n== Markdown\n{markdown}");
        File.WriteAllText(Path.Combine(workDirectory, "summary.md"), markdown.ToString());
        return verdicts.All(verdict => verdict.Passed) ? 0 : 1;
    }

    /// <summary>Every answer that was not a 200 (bench/soak.lua counts them by status) and every socket error.</summary>
    public static long FailedRequests(string wrkOutput, WrkReport report)
    {
        var statuses = File.ReadLines(wrkOutput).FirstOrDefault(line => line.StartsWith("Statuses:", StringComparison.Ordinal))
            ?? throw new BenchFailedException($"{wrkOutput} has no \"Statuses:\" line; was wrk run with bench/soak.lua?");
        var notOk = statuses["Statuses:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Where(pair => pair[0] != "200")
            .Sum(pair => long.Parse(pair[1], CultureInfo.InvariantCulture));
        return notOk + report.SocketErrors;
    }

    private static Dictionary<string, string> KeyValues(string path) =>
        File.Exists(path)
            ? File.ReadAllText(path).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1])
            : throw new BenchFailedException($"{path} is missing");
}
