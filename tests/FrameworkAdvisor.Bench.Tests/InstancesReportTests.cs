namespace FrameworkAdvisor.Bench.Tests;

public sealed class InstancesReportTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("bench-tests-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Every_check_passes_when_nothing_failed_differed_or_mixed()
    {
        Write(allMs: "840", failedInRolling: 0, mixed: 0);
        var output = new StringWriter();

        Assert.Equal(0, InstancesReport.Run(_work, output));
        Assert.Contains("PASS  content edit: every instance serves the new version: all after 840 ms", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("| rolling restart: SIGTERM, start, ready, one instance at a time | 3000 | 2.50 ms | 0 |", File.ReadAllText(Path.Combine(_work, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_request_a_mixed_page_or_an_edit_that_never_arrives_fails()
    {
        Write(allMs: "null", failedInRolling: 2, mixed: 1);
        var output = new StringWriter();

        Assert.Equal(1, InstancesReport.Run(_work, output));
        var text = output.ToString();
        Assert.Contains("FAIL  rolling restart: SIGTERM, start, ready, one instance at a time: no failed requests: 2 failed (200=29998 502=2)", text, StringComparison.Ordinal);
        Assert.Contains("FAIL  content edit: every instance serves the new version: all after never", text, StringComparison.Ordinal);
        Assert.Contains("FAIL  content edit: no page mixes old and new (text or ETag): 40 pages read, 1 mixed", text, StringComparison.Ordinal);
    }

    private void Write(string allMs, int failedInRolling, int mixed)
    {
        string Load(string phase, int failed)
        {
            var statuses = failed > 0 ? $"\"200\":{30000 - failed},\"502\":{failed}" : "\"200\":30000";
            return $$"""{"name":"{{phase}}","round":1,"requests":30000,"seconds":10,"p50_ms":1,"p99_ms":2.5,"unexpected":{{failed}},"socket_errors":0,"statuses":""" + "{" + statuses + "}}";
        }

        File.WriteAllLines(Path.Combine(_work, "instances.jsonl"),
        [
            """{"name":"same","compared":84,"differing":0}""",
            Load("kill", 0),
            Load("rolling", failedInRolling),
            $$"""{"name":"edit","all_ms":{{allMs}},"pages":40,"mixed":{{mixed}}}""",
            Load("reload", 0),
        ]);
    }
}
