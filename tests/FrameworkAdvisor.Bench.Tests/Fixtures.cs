namespace FrameworkAdvisor.Bench.Tests;

/// <summary>
/// Real captures. short-run/ is the work folder of one run of bench/run.sh as it was before its figures moved to C#
/// (BENCH_DURATION=3s BENCH_WARMUP=1s BENCH_ROUNDS=1 BENCH_COLD_STARTS=2 BENCH_LOAD_RUNS=2 BENCH_SCALES="1 10"), with
/// the facts the old script kept in variables written out as files, and expected-report.txt the end of what it
/// printed; only the comparison's slug is renamed, as this repository's code names no real framework.
/// wrk/seconds-with-errors.txt is wrk against a server that sleeps 1 to 2.6 s and answers every third
/// request with 503, with a 2 s timeout.
/// </summary>
internal static class Fixtures
{
    public static string ShortRun => PathTo("short-run");

    public static string PathTo(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "fixtures", .. parts]);

    public static string Text(params string[] parts) => File.ReadAllText(PathTo(parts));
}
