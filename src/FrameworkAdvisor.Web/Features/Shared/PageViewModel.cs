using System.Text.Json.Nodes;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Cards;

namespace FrameworkAdvisor.Web.Features.Shared;

/// <summary>What the layout needs from every page: its title, description, canonical path and where it sits.</summary>
public abstract record PageViewModel(string Title, string Description, string Path)
{
    /// <summary>From the home page down to this page (which is last).</summary>
    public virtual IReadOnlyList<Breadcrumb> Breadcrumbs => [];

    /// <summary>The title link previews (Open Graph, Twitter) show; pages that are shared on purpose say more.</summary>
    public virtual string SocialTitle => Title;

    /// <summary>Set on pages inside a comparison; the layout then shows that comparison's navigation.</summary>
    public virtual ComparisonNavigation? Navigation => null;

    /// <summary>The picture card link previews show (og:image): every page has one at its own path under /cards.</summary>
    public virtual string CardPath => CardPaths.For(Path);

    /// <summary>What the card shows, in words (og:image:alt).</summary>
    public virtual string CardDescription => Title;

    /// <summary>The robots meta tag for a page that answers 200; null leaves it to be indexed and followed.</summary>
    public virtual string? Robots => null;
    /// <summary>
    /// Whether search engines should list the page. Pages made from a visitor's words (search results) are not:
    /// they would fill an index with near-copies of the pages themselves.
    /// </summary>
    public virtual bool IsIndexable => true;

    /// <summary>What the header's search box shows: the words searched for, on the search page.</summary>
    public virtual string? SearchedFor => null;

    /// <summary>What the page describes for search engines besides its breadcrumbs (see <see cref="Shared.StructuredData"/>).</summary>
    public virtual IEnumerable<JsonObject> StructuredData(string siteName, Func<string, string> absolute) => [];
}

/// <summary>A page inside one comparison: it gets the comparison's menu and a breadcrumb trail for free.</summary>
public abstract record ComparisonPageViewModel(ComparisonContext Context, string PageTitle, string Description, string Path)
    : PageViewModel(Path == SitePaths.Comparison(Context.Slug) ? PageTitle : $"{PageTitle} — {Context.Comparison.Title}", Description, Path)
{
    public string ComparisonSlug => Context.Slug;

    public override ComparisonNavigation Navigation { get; } = new(Context, Path);

    public override IReadOnlyList<Breadcrumb> Breadcrumbs =>
        Path == SitePaths.Comparison(Context.Slug)
            ? [new("Home", SitePaths.Home), new(Context.Comparison.Title, Path)]
            : [new("Home", SitePaths.Home), new(Context.Comparison.Title, SitePaths.Comparison(Context.Slug)), new(PageTitle, Path)];

    /// <summary>Says which way the article leans on an aspect, in words (for people and screen readers) and in colour.</summary>
    public Comparisons.LeanMark LeanMarkOf(string? leans) => Comparisons.LeanMark.Of(Context, leans);

    public string FrameworkTitle(string slug) => Context.Framework(slug)?.Title ?? slug;

    public override string CardDescription => PageCard.For(PageTitle, Context).Description;
}

public sealed record Breadcrumb(string Title, string Path);

/// <summary>The menu of one comparison, with the current page marked for aria-current.</summary>
public sealed record ComparisonNavigation(ComparisonContext Context, string CurrentPath)
{
    /// <summary>The comparison's pages in the order <see cref="PageKind.ComparisonMenu"/> gives, its frameworks after the table.</summary>
    public IEnumerable<(string Title, string Path)> Links =>
        PageKind.ComparisonMenu
            .Where(kind => kind != PageKind.Questionnaire || Context.Comparison.HasChooser)
            .SelectMany(kind => kind == PageKind.Comparison
                ? [(kind.MenuLabel, kind.PathIn(Context.Slug)), .. Context.Frameworks.Select(f => (f.Title, SitePaths.Framework(Context.Slug, f.Slug)))]
                : new[] { (kind.MenuLabel, kind.PathIn(Context.Slug)) });

    /// <summary>The questionnaire's item, which phones show as a button: the way in to the chooser from every page.</summary>
    public bool IsChooser(string path) => path == SitePaths.Chooser(Context.Slug);

    public bool IsCurrent(string path) =>
        CurrentPath == path || (path == SitePaths.Chooser(Context.Slug) && CurrentPath.StartsWith(path + "/", StringComparison.Ordinal)) || (path == SitePaths.Comparison(Context.Slug) && CurrentPath.StartsWith(path + "/aspects/", StringComparison.Ordinal));
}
