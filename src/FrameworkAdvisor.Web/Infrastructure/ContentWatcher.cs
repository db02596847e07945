using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Infrastructure;

/// <summary>
/// Live content reload: a change under the content folder triggers a rebuild of the database in the background,
/// swapped in atomically when it succeeds (see ContentDatabase.SwapIn). Requests keep being served from the old
/// database throughout, and a broken edit never replaces good content.
/// </summary>
public sealed partial class ContentWatcher(
    ContentRefresh refresh,
    ContentPaths paths,
    IOptions<ContentOptions> options,
    IWebHostEnvironment environment,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    // One pending signal is enough: however many files change while an import runs, one more import catches them all.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public bool IsEnabled => options.Value.WatchForChanges ?? environment.IsDevelopment();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsEnabled)
        {
            return;
        }

        using var watcher = new FileSystemWatcher(paths.ContentDirectory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => Signal();
        watcher.Created += (_, _) => Signal();
        watcher.Deleted += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();

        // An overflowing event buffer means changes were missed, so rebuild rather than guess which.
        watcher.Error += (_, e) =>
        {
            LogWatcherError(e.GetException().Message);
            Signal();
        };
        watcher.EnableRaisingEvents = true;
        LogWatching(paths.ContentDirectory);

        var quietPeriod = TimeSpan.FromMilliseconds(options.Value.WatchQuietPeriodMilliseconds);
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await WaitUntilQuietAsync(quietPeriod, stoppingToken);

                // Importing is synchronous file and SQLite work; run it off the watcher's event threads.
                await Task.Run(() => refresh.Import(ContentRefreshTrigger.FileChange), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private void Signal() => _changes.Writer.TryWrite(true);

    /// <summary>Editors save in bursts (temp file, rename, metadata); wait until a whole quiet period passes with no change.</summary>
    private async Task WaitUntilQuietAsync(TimeSpan quietPeriod, CancellationToken stoppingToken)
    {
        _changes.Reader.TryRead(out _);
        while (true)
        {
            await Task.Delay(quietPeriod, stoppingToken);
            if (!_changes.Reader.TryRead(out _))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {ContentDirectory} for changes; edits are imported live")]
    private partial void LogWatching(string contentDirectory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher missed changes ({Reason}); rebuilding from the whole folder")]
    private partial void LogWatcherError(string reason);
}
