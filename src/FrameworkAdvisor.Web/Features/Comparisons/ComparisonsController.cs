using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;
using Microsoft.AspNetCore.Mvc;
using FrameworkAdvisor.Web.Caching;

namespace FrameworkAdvisor.Web.Features.Comparisons;

/// <summary>Every page of one comparison. Unknown slugs fall through to the site's helpful 404 page.</summary>
[CachedPage]
[Route("compare/{comparison:slug}")]
public sealed class ComparisonsController(ComparisonStore store) : Controller
{
    [HttpGet("")]
    public IActionResult Table(string comparison) =>
        store.FindComparison(comparison) is { } context ? View(new ComparisonTableViewModel(store.GetTable(context))) : NotFound();

    [HttpGet("frameworks/{framework:slug}")]
    public IActionResult Framework(string comparison, string framework) =>
        store.FindComparison(comparison) is { } context && store.FindFramework(context, framework) is { } detail
            ? View(new FrameworkViewModel(detail))
            : NotFound();

    [HttpGet("aspects/{aspect:slug}")]
    public IActionResult Aspect(string comparison, string aspect) =>
        store.FindComparison(comparison) is { } context && store.FindAspect(context, aspect) is { } detail
            ? View(new AspectViewModel(detail))
            : NotFound();

    /// <summary>People trim URLs to go "up a level"; the lists of frameworks and aspects live on the table page.</summary>
    [HttpGet("frameworks")]
    [HttpGet("aspects")]
    public IActionResult Listing(string comparison) =>
        store.FindComparison(comparison) is not null
            ? Redirect(SitePaths.Comparison(comparison) + "#" + PageAnchors.ComparisonTable)
            : NotFound();

    [HttpGet("faq")]
    public IActionResult Faq(string comparison) =>
        store.FindComparison(comparison) is { } context ? View(new FaqViewModel(store.GetFaq(context))) : NotFound();

    [HttpGet("recommendations")]
    public IActionResult Recommendations(string comparison) =>
        store.FindComparison(comparison) is { } context ? View(new RecommendationsViewModel(store.GetRecommendations(context))) : NotFound();

    [HttpGet("sources")]
    public IActionResult Sources(string comparison) =>
        store.FindComparison(comparison) is { } context ? View(new SourcesViewModel(store.GetSources(context))) : NotFound();
}
