using System.Collections.Concurrent;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.Tests.Features.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrameworkAdvisor.Web.Tests.ContentHosting;

/// <summary>
/// Operators get one structured log line per import, start-up or live reload, with the counts and the duration as
/// named fields that a log store can query, not only as text.
/// </summary>
public sealed class ContentImportLogTests : IDisposable
{
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();
    private readonly CapturedLog _log = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Each_import_writes_one_line_with_its_counts_and_duration()
    {
        using var site = new WatchedSiteFactory(_content.Directory);
        using var logged = site.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(_log)));
        var client = logged.CreateClient();
        var content = new ContentLoader(new MarkdownRenderer()).Load(_content.Directory).Content!;
        await client.GetHealthAsync();

        var startup = Assert.Single(_log.ImportLines());
        Assert.Equal("Startup", startup["Trigger"]);
        Assert.Equal(content.Version, startup["Version"]);
        Assert.Equal(content.FileCount, startup["FileCount"]);
        Assert.Equal(content.Comparisons.Count, startup["Comparisons"]);
        Assert.Equal(content.Comparisons.Sum(c => c.Aspects.Count), startup["Aspects"]);
        Assert.Equal(content.Comparisons.Sum(c => c.Recommendations.Rules.Count), startup["Rules"]);
        Assert.Equal(content.Comparisons.Sum(c => c.Questionnaire?.Questions.Count() ?? 0), startup["Questions"]);
        Assert.IsType<long>(startup["DurationMs"]);

        _content.Replace("compare/trio/_index.md", "weight: 10", "weight: heavy");
        await client.WaitForHealthAsync(r => r.LastRejectedEdit is not null, "a rejected edit");
        _content.Replace("compare/trio/_index.md", "weight: heavy", "weight: 11");
        await client.WaitForNewContentAsync(1);

        // The line is written just after the swap that /healthz already shows, so give it a moment to land.
        var lines = await _log.WaitForImportLinesAsync(3);
        Assert.Equal(["Startup", "FileChange", "FileChange"], lines.Select(l => l["Trigger"]));
        Assert.True((int)lines[1]["ErrorCount"]! >= 1);
        Assert.NotEqual(startup["Version"], lines[2]["Version"]);
    }

    /// <summary>Keeps what the app logs about imports, with its structured fields.</summary>
    private sealed class CapturedLog : ILoggerProvider
    {
        private readonly ConcurrentQueue<IReadOnlyDictionary<string, object?>> _imports = new();

        public List<IReadOnlyDictionary<string, object?>> ImportLines() => [.. _imports];

        public async Task<List<IReadOnlyDictionary<string, object?>>> WaitForImportLinesAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (_imports.Count < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            return ImportLines();
        }

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName.EndsWith(".ContentRefresh", StringComparison.Ordinal) ? _imports : null);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<IReadOnlyDictionary<string, object?>>? imports) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => imports is not null;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (imports is not null && state is IReadOnlyList<KeyValuePair<string, object?>> fields && fields.Any(f => f.Key == "Trigger"))
                {
                    imports.Enqueue(fields.ToDictionary(f => f.Key, f => f.Value is Enum e ? e.ToString() : f.Value));
                }
            }
        }
    }
}
