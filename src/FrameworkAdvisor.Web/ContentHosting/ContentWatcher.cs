using System.Threading.Channels;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

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
    private const string EveryFile = "**/*";

    // One pending signal is enough: however many files change while an import runs, one more import catches them all.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private PhysicalFileProvider? _files;
    private IDisposable? _subscription;

    public bool IsEnabled => options.Value.WatchForChanges ?? environment.IsDevelopment();

    /// <summary>
    /// Watching starts here, before the host finishes starting, and not in <see cref="ExecuteAsync"/>, which runs on a
    /// background thread later: an edit made as soon as the site answers must not be missed.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsEnabled)
        {
            var files = _files = StartWatching();
            _subscription = ChangeToken.OnChange(() => files.Watch(EveryFile), () => _changes.Writer.TryWrite(true));
        }

        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _subscription?.Dispose();
        _files?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_files is null)
        {
            return;
        }

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

    /// <summary>
    /// File system events where the OS can give them; otherwise (Linux's per-user inotify limit is easily reached
    /// by editors and other tools) the file provider's polling, so live reload degrades to slower, not to off.
    /// Nothing is excluded: the loader reads every Markdown file, dot-prefixed and hidden ones too.
    /// </summary>
    private PhysicalFileProvider StartWatching()
    {
        var directory = paths.ContentDirectory;
        if (options.Value.WatchByPolling)
        {
            LogPolling(directory, "Content:WatchByPolling is set");
            return Polling(directory);
        }

        var files = new PhysicalFileProvider(directory, ExclusionFilters.None);
        try
        {
            // The first watch starts the file system watcher, which is where the OS refuses.
            files.Watch(EveryFile);
            LogWatching(directory);
            return files;
        }
        catch (IOException ex)
        {
            files.Dispose();
            LogPolling(directory, ex.Message);
            return Polling(directory);
        }
    }

    private static PhysicalFileProvider Polling(string directory) =>
        new(directory, ExclusionFilters.None) { UsePollingFileWatcher = true, UseActivePolling = true };

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
        Message = "Cannot watch {ContentDirectory} for events ({Reason}); checking it for changes every few seconds instead")]
    private partial void LogPolling(string contentDirectory, string reason);
}
