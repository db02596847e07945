namespace FrameworkAdvisor.Bench.Tests;

/// <summary>
/// Real captures. short-run/ is the raw output of one run of bench/run.sh (BENCH_DURATION=2s BENCH_WARMUP=1s
/// BENCH_ROUNDS=2 BENCH_SOAK=5s BENCH_COLD_STARTS=2 BENCH_LOAD_RUNS=2 BENCH_SCALES="1 10"), before the 400 page was
/// replayed (so two targets fail), and expected-report.txt what the report printed for it; only the comparison's slug
/// is renamed, as this repository's code names no real framework, and the memory readings keep only their VmRSS line (the run predates the half-way reading, so memory-middle was
/// written by hand, between the other two).
/// single-round/ keeps the raw output of an earlier one-round run (3 s per wrk run), read by the parsing tests.
/// wrk/seconds-with-errors.txt is wrk against a server that sleeps 1 to 2.6 s and answers every third
/// request with 503, with a 2 s timeout.
/// </summary>
internal static class Fixtures
{
    public static string ShortRun => PathTo("short-run");

    public static string PathTo(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(PathTo(parts));
}
