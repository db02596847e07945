using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Infrastructure;

/// <summary>
/// Builds the database from content/ when the site starts. Invalid content stops the start-up: serving a site
/// with missing or broken pages would hide the author's mistake.
/// </summary>
public sealed partial class ContentStartupImport(ContentImporter importer, ContentPaths paths, ILogger<ContentStartupImport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var outcome = importer.Import(paths.ContentDirectory);
        if (!outcome.Succeeded)
        {
            foreach (var error in outcome.Errors)
            {
                LogContentError(error.File, error.Line, error.Message);
            }

            throw new InvalidContentException(outcome.Errors);
        }

        var summary = outcome.Summary!;
        foreach (var draft in summary.SkippedDrafts)
        {
            LogSkippedDraft(draft);
        }

        LogImported(summary.Version, summary.FileCount, summary.Comparisons, (long)summary.Duration.TotalMilliseconds, paths.DatabasePath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "{File}:{Line}: {Message}")]
    private partial void LogContentError(string file, int line, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {File}: it is marked 'draft: true'")]
    private partial void LogSkippedDraft(string file);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported content {Version}: {FileCount} files, {Comparisons} comparisons in {DurationMs} ms into {DatabasePath}")]
    private partial void LogImported(string version, int fileCount, int comparisons, long durationMs, string databasePath);
}
