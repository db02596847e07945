using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.Web.Features.Cards;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Search;

/// <summary>
/// The search page: what was typed, what the search found for it, and the pages to start from when it found nothing.
/// </summary>
public sealed record SearchViewModel(string Typed, SearchResults Results, IReadOnlyList<StartingPoint> StartingPoints)
    : PageViewModel(Results.Query.IsEmpty ? "Search" : $"Search: {Shorten(Results.Query.Text)}",
        "Search every page, section, rule and question of the comparisons.", SitePaths.Search)
{
    /// <summary>Long pasted text is shown back shortened (Razor still encodes what is shown).</summary>
    private const int ShownLength = 80;

    /// <summary>
    /// One card for every search: a card naming the words searched for would draw a visitor's text on the site's
    /// picture, and the words are in the link preview's title already.
    /// </summary>
    public static PageCard Card { get; } = new("Every page of every comparison", "Search", []);

    public override bool IsIndexable => false;

    public override string CardDescription => Card.Description;

    public override string? SearchedFor => Typed;

    public string ShownTyped => Shorten(Typed);

    /// <summary>A search link for other words, as the form would make it.</summary>
    public static string LinkFor(SearchQuery query) => $"{SitePaths.Search}?q={Uri.EscapeDataString(query.Text)}";

    /// <summary>The comparison is named on each page of hits only when the hits come from more than one.</summary>
    public bool NamesComparisons => Results.Hits.Select(hit => hit.ComparisonTitle).Distinct(StringComparer.Ordinal).Skip(1).Any();

    private static string Shorten(string text) => text.Length <= ShownLength ? text : text[..ShownLength] + "…";
}
