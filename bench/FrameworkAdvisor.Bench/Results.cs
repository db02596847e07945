using System.Text.Json;

namespace FrameworkAdvisor.Bench;

/// <summary>What bench/run.sh found on the site and the machine, as it wrote facts.json.</summary>
internal sealed record Facts(
    string Cores, string Kernel, string Dotnet, string Nginx, string Flask,
    string Duration, string Warmup, string Rounds, string Connections, string Threads, string Soak, string ColdStarts,
    string ComparisonPath, string PageBytes, string Encoding, string ResultPath, string ApiPath, string ApiBody,
    string NotfoundPath, string BadrequestPath, string SearchPath, string SiteEnv);

/// <summary>
/// One wrk run as bench/wrk.lua printed it, tagged by bench/run.sh with the endpoint, the round and the CPU time its
/// server spent during the run (the soak adds the site's resident memory before, half way and after).
/// </summary>
internal sealed record WrkRun(
    string Name, int Round, long Requests, double Seconds, double P50Ms, double P99Ms, long Unexpected, long SocketErrors,
    long? CpuUs = null, IReadOnlyDictionary<string, long>? Statuses = null, IReadOnlyList<long>? RssKb = null)
{
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;

    public double? CpuUsPerRequest => CpuUs is { } cpu && Requests > 0 ? (double)cpu / Requests : null;

    public long Failures => Unexpected + SocketErrors;

    public string StatusText => string.Join(' ', (Statuses ?? new Dictionary<string, long>()).Select(pair => $"{pair.Key}={pair.Value}"));
}

/// <summary>The in-process load and import of the content at one size, each timed run in milliseconds.</summary>
internal sealed record ContentLoad(int Scale, int Files, IReadOnlyList<double> RunsMs)
{
    public double MedianMs => Figures.Rounded(Figures.Median(RunsMs), 1);

    /// <summary>What stays flat when loading grows linearly.</summary>
    public double PerUnitMs => Figures.Rounded(MedianMs / Scale, 1);
}

/// <summary>One result link's picture card, fetched cold (drawn and encoded) and again from the cache.</summary>
internal sealed record Card(double ColdMs, double CachedMs, long Bytes);

/// <summary>Everything one bench run left in its work folder.</summary>
internal sealed record BenchResults(
    Facts Facts, IReadOnlyList<WrkRun> Runs, IReadOnlyList<double> ColdStartsMs, IReadOnlyList<ContentLoad> Loads, IReadOnlyList<Card> Cards)
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static BenchResults Read(string work) => new(
        JsonSerializer.Deserialize<Facts>(File.ReadAllText(Path.Combine(work, "facts.json")), Json)!,
        Lines<WrkRun>(Path.Combine(work, "results.jsonl")),
        ColdStarts(Path.Combine(work, "cold.json")),
        Lines<ContentLoad>(Path.Combine(work, "load.jsonl")),
        File.Exists(Path.Combine(work, "cards.jsonl")) ? Lines<Card>(Path.Combine(work, "cards.jsonl")) : []);

    public IReadOnlyList<WrkRun> RoundsOf(string name) => [.. Runs.Where(run => run.Name == name).OrderBy(run => run.Round)];

    public bool Has(string name) => Runs.Any(run => run.Name == name);

    public WrkRun? Soak => Runs.SingleOrDefault(run => run.Name == Endpoints.Soak);

    /// <summary>A figure of one endpoint over the same figure of another, round by round.</summary>
    public RoundSpread Ratio(string name, string baseline, Func<WrkRun, double?> figure) =>
        RoundSpread.Of(RoundsOf(name).Join(RoundsOf(baseline), run => run.Round, run => run.Round, (top, bottom) => (figure(top), figure(bottom))));

    public static List<T> Lines<T>(string path) =>
        File.Exists(path)
            ? [.. File.ReadLines(path).Where(line => line.StartsWith('{')).Select(line => JsonSerializer.Deserialize<T>(line, Json)!)]
            : throw new BenchFailedException($"{path} is missing");

    /// <summary>hyperfine's --export-json: each run's wall-clock time in seconds.</summary>
    private static List<double> ColdStarts(string path)
    {
        using var hyperfine = JsonDocument.Parse(File.Exists(path) ? File.ReadAllText(path) : throw new BenchFailedException($"{path} is missing"));
        return [.. hyperfine.RootElement.GetProperty("results")[0].GetProperty("times").EnumerateArray().Select(time => time.GetDouble() * 1000)];
    }
}
