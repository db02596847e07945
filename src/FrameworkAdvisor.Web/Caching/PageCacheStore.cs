using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// The page cache's memory: one size-limited store for pages and another for error pages, so that made-up addresses
/// compete only with each other. When a store is full a new entry is turned away and the least recently used are
/// dropped in the background; nothing grows past its limit. Entries expire after an hour and stop matching at once
/// when new content goes live (they carry their generation). An error page is kept only when its address comes a
/// second time: made-up addresses rarely repeat, and keeping each one only to drop it again churns the heap.
/// Its size and hit rate are published as metrics (meter <see cref="PageCache.MeterName"/>) for dotnet-counters or OpenTelemetry.
/// </summary>
internal sealed class PageCacheStore : IDisposable
{
    private static readonly TimeSpan Expiration = TimeSpan.FromHours(1);
    private readonly MemoryCache? _pages;
    private readonly MemoryCache? _errorPages;
    private readonly RepeatFilter _errorAddresses = new(4096);
    private readonly Counter<long> _lookups;

    public PageCacheStore(IOptions<PageCacheOptions> options, IMeterFactory meters)
    {
        _pages = Create(options.Value.PageMemoryKilobytes);
        _errorPages = Create(options.Value.ErrorPageMemoryKilobytes);

        var meter = meters.Create(PageCache.MeterName);
        _lookups = meter.CreateCounter<long>("page_cache.lookups", description: "Cacheable requests, tagged hit or miss");
        meter.CreateObservableGauge("page_cache.entries", () => Measure(cache => cache.Count), description: "Answers held");
        meter.CreateObservableGauge("page_cache.size", () => Measure(cache => cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0),
            unit: "By", description: "Estimated bytes held, never more than the configured limit");
    }

    public bool TryGet(string key, int generation, out CachedResponse cached)
    {
        cached = Find(_pages, key) ?? Find(_errorPages, key)!;
        var found = cached is not null && cached.Generation == generation;
        _lookups.Add(1, new KeyValuePair<string, object?>("result", found ? "hit" : "miss"));
        return found;
    }

    public void Store(string key, CachedResponse response)
    {
        if (response.Kind == CachedKind.ErrorPage && !_errorAddresses.SeenBefore(key))
        {
            return;
        }

        var store = response.Kind == CachedKind.Page ? _pages : _errorPages;
        store?.Set(key, response, new MemoryCacheEntryOptions { Size = response.Size(key), AbsoluteExpirationRelativeToNow = Expiration });
    }

    public void Dispose()
    {
        _pages?.Dispose();
        _errorPages?.Dispose();
    }

    private IEnumerable<Measurement<long>> Measure(Func<MemoryCache, long> read)
    {
        if (_pages is not null)
        {
            yield return new Measurement<long>(read(_pages), new KeyValuePair<string, object?>("kind", "page"));
        }

        if (_errorPages is not null)
        {
            yield return new Measurement<long>(read(_errorPages), new KeyValuePair<string, object?>("kind", "error-page"));
        }
    }

    private static CachedResponse? Find(MemoryCache? cache, string key) =>
        cache is not null && cache.TryGetValue(key, out CachedResponse? cached) ? cached : null;

    private static MemoryCache? Create(int kilobytes) =>
        kilobytes == 0 ? null : new MemoryCache(new MemoryCacheOptions { SizeLimit = kilobytes * 1024L, TrackStatistics = true });
}
