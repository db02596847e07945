namespace FrameworkAdvisor.Bench;

/// <summary>Where bench/run.sh leaves each raw output in its work folder; the names must match the script's.</summary>
internal sealed class WorkFolder(string root)
{
    public string SiteFacts => Path.Combine(root, "site");

    public string MachineFacts => Path.Combine(root, "machine");

    public string ColdStartTimerOutput => Path.Combine(root, "cold", "timer.txt");

    public string Summary => Path.Combine(root, "summary.md");

    /// <summary>Optional: a run that measured no cards (an older work folder) reports without them.</summary>
    public string CardTimerOutput => Path.Combine(root, "cards", "timer.txt");

    /// <summary>wrk.txt from bench/soak.lua, and memory-start and memory-end copied from /proc/&lt;pid&gt;/status.</summary>
    public string Soak => Path.Combine(root, "soak");

    public string WrkOutput(string endpoint, int round) => Path.Combine(root, $"wrk-{endpoint}-{round}.txt");

    public string ContentLoadTimerOutput(string scale) => Path.Combine(root, $"load-x{scale}", "timer.txt");
}
