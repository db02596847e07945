using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// The replay's memory: one size-limited store for pages and another for error pages, so that made-up addresses
/// compete only with each other. When a store is full a new entry is turned away and the least recently used are
/// dropped in the background; nothing ever grows past its limit. Entries also expire after an hour, as the output
/// cache's do, and stop matching at once when new content goes live (they carry their generation). An error page is
/// kept only when its address comes a second time: made-up addresses rarely repeat, and keeping each one only to
/// drop it again filled the heap with short-lived bodies (the soak's memory rose by a fifth in its second half).
/// </summary>
public sealed class ResponseReplayStore : IDisposable
{
    private static readonly TimeSpan Expiration = TimeSpan.FromHours(1);
    private readonly MemoryCache? _pages;
    private readonly MemoryCache? _errorPages;
    private readonly RepeatFilter _errorAddresses = new(4096);

    public ResponseReplayStore(IOptions<ResponseReplayOptions> options)
    {
        _pages = Create(options.Value.PageMemoryKilobytes, trackStatistics: false);
        // Only the error pages' size is ever read (ErrorPageBytes), so only that store keeps statistics.
        _errorPages = Create(options.Value.ErrorPageMemoryKilobytes, trackStatistics: true);
    }

    /// <summary>The bytes the error pages held at the last count, which never exceeds their limit.</summary>
    public long ErrorPageBytes => _errorPages?.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public int ErrorPageCount => _errorPages?.Count ?? 0;

    public int PageCount => _pages?.Count ?? 0;

    internal bool TryGet(string key, out ReplayedResponse replay)
    {
        if (_pages is not null && _pages.TryGetValue(key, out ReplayedResponse? page) && page is not null)
        {
            replay = page;
            return true;
        }

        if (_errorPages is not null && _errorPages.TryGetValue(key, out ReplayedResponse? error) && error is not null)
        {
            replay = error;
            return true;
        }

        replay = null!;
        return false;
    }

    internal void Store(string key, ReplayedResponse replay)
    {
        if (replay.Kind == ReplayKind.ErrorPage && !_errorAddresses.SeenBefore(key))
        {
            return;
        }

        var store = replay.Kind == ReplayKind.Page ? _pages : _errorPages;
        store?.Set(key, replay, new MemoryCacheEntryOptions { Size = replay.Size(key), AbsoluteExpirationRelativeToNow = Expiration });
    }

    public void Dispose()
    {
        _pages?.Dispose();
        _errorPages?.Dispose();
    }

    private static MemoryCache? Create(int kilobytes, bool trackStatistics) =>
        kilobytes == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = kilobytes * 1024L, TrackStatistics = trackStatistics });
}
