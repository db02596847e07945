using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Features.Search;

/// <summary>
/// The pages that cover a whole comparison (its table, its chooser and its FAQ), offered when a search or an address
/// finds nothing. Read once per content generation, so a miss costs no database work for them.
/// </summary>
public sealed class StartingPoints(ContentDatabase database)
{
    private Snapshot? _current;

    public IReadOnlyList<StartingPoint> Pages => Current().Pages;

    public IReadOnlyList<ComparisonListItem> Comparisons => Current().Comparisons;

    private Snapshot Current()
    {
        // Read before loading: a load that races a content swap is kept under the old generation and redone next time.
        var generation = database.Generation;
        var current = Volatile.Read(ref _current);
        if (current?.Generation == generation)
        {
            return current;
        }

        using var store = new ComparisonStore(database);
        var comparisons = store.ListComparisons();
        current = new Snapshot(generation, [.. comparisons.SelectMany(PagesOf)], comparisons);
        Volatile.Write(ref _current, current);
        return current;
    }

    private static IEnumerable<StartingPoint> PagesOf(ComparisonListItem item)
    {
        var comparison = item.Comparison;
        yield return new StartingPoint(comparison.Title, SitePaths.Comparison(comparison.Slug), "every aspect side by side");
        if (comparison.HasChooser)
        {
            yield return new StartingPoint($"Which should I choose? ({comparison.Title})", SitePaths.Chooser(comparison.Slug),
                "answer a few questions and get the article’s recommendation");
        }

        yield return new StartingPoint($"Frequently asked questions ({comparison.Title})", SitePaths.Faq(comparison.Slug), "short answers to common questions");
    }

    private sealed record Snapshot(int Generation, IReadOnlyList<StartingPoint> Pages, IReadOnlyList<ComparisonListItem> Comparisons);
}

/// <summary>A page to start from, and what it offers.</summary>
public sealed record StartingPoint(string Title, string Path, string Offers);
