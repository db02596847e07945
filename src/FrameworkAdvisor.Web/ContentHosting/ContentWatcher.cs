using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.ContentHosting;

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

        using var watcher = StartWatching(stoppingToken);
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

    /// <summary>
    /// File system events where the OS can give them; otherwise (Linux's per-user inotify limit is easily reached
    /// by editors and other tools) a poll of file sizes and times, so live reload degrades to slower, not to off.
    /// </summary>
    private FileSystemWatcher? StartWatching(CancellationToken stoppingToken)
    {
        if (options.Value.WatchByPolling)
        {
            LogPolling(paths.ContentDirectory, PollInterval.TotalSeconds, "Content:WatchByPolling is set");
            _ = PollAsync(stoppingToken);
            return null;
        }

        var watcher = new FileSystemWatcher(paths.ContentDirectory)
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

        try
        {
            watcher.EnableRaisingEvents = true;
            LogWatching(paths.ContentDirectory);
            return watcher;
        }
        catch (IOException ex)
        {
            watcher.Dispose();
            LogPolling(paths.ContentDirectory, PollInterval.TotalSeconds, ex.Message);
            _ = PollAsync(stoppingToken);
            return null;
        }
    }

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var last = Snapshot();
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var current = Snapshot();
                if (current != last)
                {
                    last = current;
                    Signal();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>Every file's path, size and time, folded into one number: any save, add, delete or rename changes it.</summary>
    private long Snapshot()
    {
        var hash = new HashCode();
        foreach (var file in new DirectoryInfo(paths.ContentDirectory).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            hash.Add(file.FullName, StringComparer.Ordinal);
            hash.Add(file.Length);
            hash.Add(file.LastWriteTimeUtc.Ticks);
        }

        return hash.ToHashCode();
    }

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

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Cannot watch {ContentDirectory} for events ({Reason}); checking it for changes every {Seconds} s instead")]
    private partial void LogPolling(string contentDirectory, double seconds, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The content watcher missed changes ({Reason}); rebuilding from the whole folder")]
    private partial void LogWatcherError(string reason);
}
