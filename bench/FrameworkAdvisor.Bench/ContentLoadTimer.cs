using System.Diagnostics;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Times what the site does at start-up before it listens (load and validate the Markdown, then build and swap
/// in the SQLite file), without the cost of starting a process, so sizes can be compared with each other.
/// </summary>
internal static class ContentLoadTimer
{
    public static int Run(string contentFolder, int runs, string workDirectory)
    {
        var loader = new ContentLoader(new MarkdownRenderer());

        // The first run pays for JIT compilation, which belongs to process start, not to the size of the content.
        if (Import(loader, contentFolder, Path.Combine(workDirectory, "warm-up.db")) is not { } warmUp)
        {
            return 1;
        }

        var loads = new List<double>();
        var builds = new List<double>();
        var totals = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var timing = Import(loader, contentFolder, Path.Combine(workDirectory, $"run-{run}.db"))!;
            loads.Add(timing.LoadMs);
            builds.Add(timing.BuildMs);
            totals.Add(timing.LoadMs + timing.BuildMs);
            Console.WriteLine($"run {run}: load {timing.LoadMs:F1} ms + import {timing.BuildMs:F1} ms");
        }

        Console.WriteLine(
            $"files={warmUp.FileCount} comparisons={warmUp.Comparisons} runs={runs} " +
            $"median_load_ms={Median.Of(loads):F1} median_import_ms={Median.Of(builds):F1} median_ms={Median.Of(totals):F1}");
        return 0;
    }

    private sealed record Timing(double LoadMs, double BuildMs, int FileCount, int Comparisons);

    private static Timing? Import(ContentLoader loader, string contentFolder, string databasePath)
    {
        var stopwatch = Stopwatch.StartNew();
        var loaded = loader.Load(contentFolder);
        var loadMs = stopwatch.Elapsed.TotalMilliseconds;
        if (!loaded.Succeeded)
        {
            Console.Error.WriteLine($"{contentFolder} is not valid content ({loaded.Errors.Count} errors); the first ones:");
            foreach (var error in loaded.Errors.Take(20))
            {
                Console.Error.WriteLine($"  {error}");
            }

            return null;
        }

        stopwatch.Restart();
        var builder = new ContentDatabaseBuilder(new ContentDatabase(databasePath), TimeProvider.System);
        var summary = builder.Build(loaded.Content!);
        var buildMs = stopwatch.Elapsed.TotalMilliseconds;
        File.Delete(databasePath);
        return new Timing(loadMs, buildMs, summary.FileCount, summary.Comparisons);
    }
}
