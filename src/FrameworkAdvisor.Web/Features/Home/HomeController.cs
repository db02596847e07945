using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using FrameworkAdvisor.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace FrameworkAdvisor.Web.Features.Home;

[OutputCache(PolicyName = PageCachePolicy.Name)]
public sealed class HomeController(ComparisonStore store) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(new HomeViewModel(store.ListComparisons()));

    /// <summary>Trimming /compare/x to /compare means "all comparisons", which is what the home page lists.</summary>
    [HttpGet("/compare")]
    public IActionResult AllComparisons() => RedirectPermanent(SitePaths.Home);
}

public sealed record HomeViewModel(IReadOnlyList<ComparisonListItem> Comparisons)
    : PageViewModel(Heading, "Side-by-side comparisons of web frameworks, aspect by aspect, with every claim traced to its source.", SitePaths.Home)
{
    /// <summary>The home page's title, which its picture card shows too.</summary>
    public const string Heading = "Choose a web framework with reasons you can check";

    public override string CardDescription =>
        new Cards.PageCard(Cards.PageCard.Names(Comparisons.Select(c => c.Comparison.Title)), Heading, []).Description;
}
