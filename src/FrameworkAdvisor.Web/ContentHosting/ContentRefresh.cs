using System.Diagnostics;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.ContentHosting;

/// <summary>
/// The one way content gets imported, at start-up and on every live reload: imports run one at a time, each writes
/// one structured log line, and a failed one leaves the last good content serving and is remembered for the
/// Development banner and /healthz.
/// </summary>
public sealed partial class ContentRefresh(ContentImporter importer, ContentPaths paths, TimeProvider clock, ILogger<ContentRefresh> logger)
{
    private readonly Lock _importing = new();
    private ContentRefreshFailure? _lastFailure;

    /// <summary>The errors of the latest import when it failed; null once an import succeeds again.</summary>
    public ContentRefreshFailure? LastFailure => Volatile.Read(ref _lastFailure);

    public ImportOutcome Import(ContentRefreshTrigger trigger)
    {
        lock (_importing)
        {
            var stopwatch = Stopwatch.StartNew();
            var outcome = importer.Import(paths.ContentDirectory);
            if (outcome.Succeeded)
            {
                var summary = outcome.Summary!;
                foreach (var draft in summary.SkippedDrafts)
                {
                    LogSkippedDraft(draft);
                }

                LogImported(trigger, summary.Version, summary.FileCount, summary.Comparisons, summary.Aspects,
                    summary.RecommendationRules, summary.Questions, (long)stopwatch.Elapsed.TotalMilliseconds, paths.DatabasePath);
                Volatile.Write(ref _lastFailure, null);
                return outcome;
            }

            foreach (var error in outcome.Errors)
            {
                LogContentError(error.File, error.Line, error.Message);
            }

            LogImportFailed(trigger, outcome.Errors.Count, (long)stopwatch.Elapsed.TotalMilliseconds, paths.ContentDirectory);
            Volatile.Write(ref _lastFailure, new ContentRefreshFailure(clock.GetUtcNow(), outcome.Errors));
            return outcome;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{File}:{Line}: {Message}")]
    private partial void LogContentError(string file, int line, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {File}: it is marked 'draft: true'")]
    private partial void LogSkippedDraft(string file);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Content import ({Trigger}) succeeded in {DurationMs} ms: version {Version}; files: {FileCount}, comparisons: {Comparisons}, " +
                  "aspects: {Aspects}, rules: {Rules}, questions: {Questions}; database: {DatabasePath}")]
    private partial void LogImported(ContentRefreshTrigger trigger, string version, int fileCount, int comparisons, int aspects,
        int rules, int questions, long durationMs, string databasePath);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Content import ({Trigger}) failed in {DurationMs} ms; errors: {ErrorCount}, listed above; nothing from {ContentDirectory} was swapped in")]
    private partial void LogImportFailed(ContentRefreshTrigger trigger, int errorCount, long durationMs, string contentDirectory);
}

public enum ContentRefreshTrigger
{
    Startup,
    FileChange,
}

/// <summary>A rejected import: when it happened and every error it found.</summary>
public sealed record ContentRefreshFailure(DateTimeOffset At, IReadOnlyList<ContentError> Errors);
