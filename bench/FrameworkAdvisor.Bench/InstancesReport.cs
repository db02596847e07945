using System.Text;
using System.Text.Json;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// The end of bench/instances.sh: reads the lines it left in instances.jsonl (three load phases as wrk runs, the
/// same-bytes comparison and the content edit), prints a PASS/FAIL line per check and the same as Markdown (also
/// saved as summary.md), and gives the exit code.
/// </summary>
internal static class InstancesReport
{
    private static readonly (string Phase, string Description)[] Phases =
    [
        ("kill", "one instance killed with SIGKILL mid-run"),
        ("rolling", "rolling restart: SIGTERM, start, ready, one instance at a time"),
        ("reload", "content edited on disk while under load"),
    ];

    /// <returns>0 when every check passes, 1 when one fails.</returns>
    public static int Run(string work, TextWriter output)
    {
        var lines = BenchResults.Lines<JsonElement>(Path.Combine(work, "instances.jsonl"));
        JsonElement Named(string name) => lines.LastOrDefault(line => line.GetProperty("name").GetString() == name) is { ValueKind: JsonValueKind.Object } line
            ? line
            : throw new BenchFailedException($"instances.jsonl has no \"{name}\" line");
        var (same, edit) = (Named("same"), Named("edit"));
        var allMs = edit.GetProperty("all_ms") is { ValueKind: JsonValueKind.Number } ms ? $"{ms.GetInt64()} ms" : "never";
        var verdicts = new List<Verdict>
        {
            new(same.GetProperty("differing").GetInt64() == 0, "same URL, same bytes and ETag from every instance (identity and Brotli)",
                $"{same.GetProperty("compared")} responses compared, {same.GetProperty("differing")} differ"),
        };

        var markdown = new StringBuilder("| load through nginx (GET pages and a share link) | requests/s | p99 | failed |\n| --- | ---: | ---: | ---: |\n");
        foreach (var (phase, description) in Phases)
        {
            var run = Named(phase).Deserialize<WrkRun>(BenchResults.Json)!;
            verdicts.Add(new Verdict(run.Failures == 0, $"{description}: no failed requests", $"{run.Failures} failed ({run.StatusText})"));
            markdown.Append($"| {description} | {run.RequestsPerSecond:F0} | {Figures.Text(run.P99Ms, 2)} ms | {run.Failures} |\n");
        }

        verdicts.Add(new Verdict(allMs != "never", "content edit: every instance serves the new version", $"all after {allMs}"));
        verdicts.Add(new Verdict(edit.GetProperty("mixed").GetInt64() == 0, "content edit: no page mixes old and new (text or ETag)",
            $"{edit.GetProperty("pages")} pages read, {edit.GetProperty("mixed")} mixed"));

        markdown.Append("\n| check | measured | |\n| --- | --- | --- |\n");
        foreach (var verdict in verdicts)
        {
            output.Write($"{verdict.State}  {verdict.Target}: {verdict.Measured}\n");
            markdown.Append($"| {verdict.Target} | {verdict.Measured} | {verdict.State} |\n");
        }

        output.Write($"\n== Markdown\n{markdown}");
        File.WriteAllText(Path.Combine(work, "summary.md"), markdown.ToString());
        return verdicts.All(verdict => verdict.Passed) ? 0 : 1;
    }
}
