using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Comparisons;
using FrameworkAdvisor.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkAdvisor.Web.Features.Home;

[CachedPage]
public sealed class HomeController(ComparisonStore store) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() =>
        View(new HomeViewModel([.. store.ListComparisons().Select(item =>
        {
            var context = store.FindComparison(item.Comparison.Slug)!;
            return new ComparisonAtAGlance(item, LeanScorecard.Of(context, [.. store.GetTable(context).Rows.Select(r => r.Aspect)]));
        })]));

    /// <summary>Trimming /compare/x to /compare means "all comparisons", which is what the home page lists.</summary>
    [HttpGet("/compare")]
    public IActionResult AllComparisons() => RedirectPermanent(SitePaths.Home);
}

/// <summary>One comparison as the home page leads with it: the way into its chooser, and where its article leans.</summary>
public sealed record ComparisonAtAGlance(ComparisonListItem Item, LeanScorecard Scorecard)
{
    public string Slug => Item.Comparison.Slug;
}

public sealed record HomeViewModel(IReadOnlyList<ComparisonAtAGlance> Comparisons)
    : PageViewModel(Heading, "Side-by-side comparisons of web frameworks, aspect by aspect, with every claim traced to its source.", SitePaths.Home)
{
    /// <summary>The home page's title, which its picture card shows too.</summary>
    public const string Heading = "Choose a web framework with reasons you can check";

    public override string CardDescription =>
        new Cards.PageCard(Listed.And(Comparisons.Select(c => c.Item.Comparison.Title)), Heading, []).Description;

    /// <summary>The site and its search box, which the header of every page shows; described once, from the home page.</summary>
    public override IEnumerable<System.Text.Json.Nodes.JsonObject> StructuredData(string siteName, Func<string, string> absolute) =>
        [Shared.StructuredData.WebSite(siteName, absolute)];
}
