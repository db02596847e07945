namespace FrameworkAdvisor.Bench;

/// <summary>
/// The settings bench/run.sh ran with, from the BENCH_* variables it exports. Their defaults live in the script
/// only, so this reads them as given and fails when one is missing.
/// </summary>
internal sealed record BenchSettings(
    string Duration,
    string Warmup,
    int Rounds,
    string Connections,
    string Threads,
    string ColdStarts,
    IReadOnlyList<string> Scales,
    string SiteEnvironment,
    string SoakDuration = "60s")
{
    public static BenchSettings FromEnvironment() => new(
        Required("BENCH_DURATION"),
        Required("BENCH_WARMUP"),
        int.TryParse(Required("BENCH_ROUNDS"), out var rounds) && rounds > 0
            ? rounds
            : throw new BenchFailedException("BENCH_ROUNDS must be a whole number of at least 1"),
        Required("BENCH_CONNECTIONS"),
        Required("BENCH_THREADS"),
        Required("BENCH_COLD_STARTS"),
        Required("BENCH_SCALES").Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries),
        Environment.GetEnvironmentVariable("BENCH_SITE_ENV") ?? "",
        Required("BENCH_SOAK"));

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new BenchFailedException($"{name} is not set; run the bench with bash bench/run.sh, which sets it");
}
