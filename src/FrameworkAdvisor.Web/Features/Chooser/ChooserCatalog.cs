using System.Collections.Concurrent;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// Finds each comparison's chooser in the store, once per content generation: a result page or API call then costs no database work
/// for the questionnaire. Only choosers that exist are kept, so made-up slugs cannot grow the cache.
/// </summary>
public sealed class ChooserCatalog(ContentDatabase database)
{
    private readonly ConcurrentDictionary<string, (int Generation, LoadedChooser Chooser)> _built = new(StringComparer.Ordinal);

    public LoadedChooser? Find(string comparisonSlug)
    {
        // Read before loading: a load that races a content swap is stored under the old generation and rebuilt next time.
        var generation = database.Generation;
        if (_built.TryGetValue(comparisonSlug, out var built) && built.Generation == generation)
        {
            return built.Chooser;
        }

        if (Load(comparisonSlug) is not { } chooser)
        {
            _built.TryRemove(comparisonSlug, out _);
            return null;
        }

        _built[comparisonSlug] = (generation, chooser);
        return chooser;
    }

    private LoadedChooser? Load(string comparisonSlug)
    {
        // One reading for the comparison and its chooser, so both come from the same content version.
        using var store = new ComparisonStore(database);
        return store.FindComparison(comparisonSlug) is { } context && store.FindChooser(context) is { } chooser
            ? new LoadedChooser(context, chooser)
            : null;
    }
}

/// <summary>
/// A thread-safe memo that never holds more than <paramref name="capacity"/> entries (by default enough for every
/// popular answer set); past it the memo starts over rather than grow with made-up requests. Racing callers may both
/// compute a value, which is harmless for pure functions; both get the one that was kept.
/// </summary>
internal sealed class BoundedMemo<TValue>(int capacity = BoundedMemo<TValue>.Capacity)
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);

    public TValue GetOrAdd(string key, Func<TValue> compute)
    {
        if (_values.TryGetValue(key, out var remembered))
        {
            return remembered;
        }

        var value = compute();
        if (_values.Count >= capacity)
        {
            _values.Clear();
        }

        return _values.GetOrAdd(key, value);
    }
}
