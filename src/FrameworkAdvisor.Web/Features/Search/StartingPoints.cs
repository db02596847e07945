using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Features.Errors;

/// <summary>
/// What the 404 page needs from the content, read once per content generation instead of on every miss: every
/// page with the last segment of its address (what a typo is compared with), and the comparisons to start from.
/// A junk address then costs no database work, and an absurdly long one no edit-distance work either.
/// </summary>
public sealed class NotFoundIndex(ContentDatabase database)
{
    private const int MaxSuggestions = 3;

    private Snapshot? _current;

    public IReadOnlyList<ComparisonListItem> Comparisons => Current().Comparisons;

    /// <summary>The pages whose address is nearest the one asked for: a typo in a slug usually has one clear match.</summary>
    public IReadOnlyList<SitePage> SuggestionsFor(string requested)
    {
        var wanted = LastSegment(requested);
        if (wanted.Length == 0)
        {
            return [];
        }

        // Two words whose lengths differ by more than the typo threshold cannot be within it, so skip them unmeasured.
        var candidates = Current().Pages.Where(page => Suggestions.IsPlausibleTypo(wanted, Math.Abs(page.Segment.Length - wanted.Length)));
        return [.. Suggestions.Nearest(wanted, candidates, page => page.Segment, MaxSuggestions).Select(page => page.Page)];
    }

    private Snapshot Current()
    {
        // Read before loading: a load that races a content swap is kept under the old generation and redone next time.
        var generation = database.Generation;
        var current = Volatile.Read(ref _current);
        if (current?.Generation == generation)
        {
            return current;
        }

        // One reading for both lists, so they describe the same content version.
        using var store = new ComparisonStore(database);
        var pages = store.ListPages()
            .Where(page => page.Path != SitePaths.Home)
            .OrderBy(page => page.Path, StringComparer.Ordinal)
            .Select(page => new IndexedPage(page, LastSegment(page.Path)))
            .ToList();
        current = new Snapshot(generation, pages, store.ListComparisons());
        Volatile.Write(ref _current, current);
        return current;
    }

    private static string LastSegment(string path) =>
        path.TrimEnd('/').Split('/').LastOrDefault()?.ToLowerInvariant() ?? "";

    private sealed record IndexedPage(SitePage Page, string Segment);

    private sealed record Snapshot(int Generation, IReadOnlyList<IndexedPage> Pages, IReadOnlyList<ComparisonListItem> Comparisons);
}
