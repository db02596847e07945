using System.Diagnostics;
using System.Text.Json;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Times what the site does at start-up before it listens (load and validate the Markdown, then build the SQLite
/// file) at each content size, in-process so the cost of starting a process does not hide how it grows. Prints one
/// JSON line per size for the report; the runs go to standard error as they happen.
/// </summary>
internal static class ContentLoadTimer
{
    public static int Run(string contentFolder, int runs, string workDirectory, IEnumerable<int> scales)
    {
        var loader = new ContentLoader(new MarkdownRenderer());
        foreach (var scale in scales)
        {
            var tree = Path.Combine(workDirectory, $"content-x{scale}", "content");
            ScaledContent.Write(contentFolder, scale, tree);

            // The first import pays for JIT compilation, which belongs to process start, not to the size of the content.
            var files = Import(loader, tree, Path.Combine(workDirectory, "warm-up.db")).Files;
            var times = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                var (loadMs, importMs, _) = Import(loader, tree, Path.Combine(workDirectory, $"run-{run}.db"));
                times.Add(loadMs + importMs);
                Console.Error.WriteLine($"{scale}x ({files} files), run {run}: load {loadMs:F1} ms + import {importMs:F1} ms");
            }

            Console.WriteLine(JsonSerializer.Serialize(new ContentLoad(scale, files, times), BenchResults.Json));
            Directory.Delete(Path.GetDirectoryName(tree)!, recursive: true);
        }

        return 0;
    }

    private static (double LoadMs, double ImportMs, int Files) Import(ContentLoader loader, string contentFolder, string databasePath)
    {
        var stopwatch = Stopwatch.StartNew();
        var loaded = loader.Load(contentFolder);
        var loadMs = stopwatch.Elapsed.TotalMilliseconds;
        if (!loaded.Succeeded)
        {
            throw new BenchFailedException($"{contentFolder} is not valid content: {string.Join("; ", loaded.Errors.Take(5))}");
        }

        stopwatch.Restart();
        var summary = new ContentDatabaseBuilder(new ContentDatabase(databasePath), TimeProvider.System).Build(loaded.Content!);
        var importMs = stopwatch.Elapsed.TotalMilliseconds;
        File.Delete(databasePath);
        return (loadMs, importMs, summary.FileCount);
    }
}
