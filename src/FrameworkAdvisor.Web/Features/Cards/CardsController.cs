using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Features.Developers;
using FrameworkAdvisor.Web.Features.Home;
using FrameworkAdvisor.Web.Features.Search;
using FrameworkAdvisor.Web.Features.Team;
using FrameworkAdvisor.Web.Http.Security;
using FrameworkAdvisor.Web.Site;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Features.Cards;

/// <summary>
/// Every page's picture card, at its page's path under /cards (see <see cref="CardPaths"/>). Cards are pure functions
/// of the address, the content and the build, like pages, so they are cached and revalidated like pages too. An
/// address that is no page's gets the 404 page; a result link that gives no result gets
/// a 400 with the reason in plain text, as its page and decision record do.
/// </summary>
[CachedPage]
public sealed class CardsController(ComparisonStore store, ChooserCatalog catalog, CardRenderer renderer, IOptions<SiteOptions> site) : Controller
{
    private const string PngType = "image/png";
    private const string ResultSuffix = "/choose/result";

    [HttpGet(CardPaths.Prefix + "/{**card}")]
    [EnableRateLimiting(WorkLimits.Cards)]
    public IActionResult Card()
    {
        if (CardPaths.PageOf(Request.Path.Value ?? "") is not { } page)
        {
            return NotFound();
        }

        if (page == SitePaths.Home)
        {
            var comparisons = store.ListComparisons().Select(c => c.Comparison.Title);
            return Png(renderer.DrawPage(new PageCard(Listed.And(comparisons), HomeViewModel.Heading, []), site.Value.Name));
        }

        // The two pages that are not made from content have cards of fixed words, which their pages name as alt text.
        if (page is SitePaths.Developers or SitePaths.Search)
        {
            return Png(renderer.DrawPage(page == SitePaths.Developers ? DevelopersViewModel.Card : SearchViewModel.Card, site.Value.Name));
        }

        if (ComparisonSlugOf(page) is not { } slug || store.FindComparison(slug) is not { } context)
        {
            return NotFound();
        }

        if (page == SitePaths.ChooserResult(slug))
        {
            return ResultCard(context, slug);
        }

        if (page == SitePaths.ChooserTeam(slug))
        {
            return TeamCard(context, slug);
        }

        return store.ListPages().FirstOrDefault(p => p.Path == page) is { } listed
            ? Png(renderer.DrawPage(PageCard.For(listed.Title, context), site.Value.Name))
            : NotFound();
    }

    private IActionResult ResultCard(ComparisonContext context, string slug)
    {
        if (catalog.Find(slug) is not { } chooser)
        {
            return NotFound();
        }

        return chooser.Resolve(Request, answers => CardPaths.For(chooser.ResultPath(answers))).AnswerFile(resolved =>
        {
            var wording = new ResultWording(resolved.Recommendation);
            return Png(chooser.ResultCard(CardRenderer.OutcomeOf(wording), () =>
                renderer.DrawResult(wording, context.Comparison.Title, site.Value.Name, chooser.Engine.Policy.ClearFitMinimumLead)));
        });
    }

    private IActionResult TeamCard(ComparisonContext context, string slug)
    {
        if (catalog.Find(slug) is not { } chooser)
        {
            return NotFound();
        }

        return TeamLinks.Resolve(chooser, Request, members => CardPaths.For(TeamLinks.TeamPath(chooser, members))).AnswerFile(team => Png(renderer.DrawTeam(
            new ResultWording(team.Result.Team, TeamViewModel.TeamVoice),
            $"{Counted.Of(team.Members.Count, "member")}: {TeamWords.Spread(team.Result)}",
            [.. team.Result.Members.Select(m => (m.ShownName, m.Result.Recommended))],
            context.Comparison.Title,
            site.Value.Name,
            chooser.Engine.Policy.ClearFitMinimumLead * team.Members.Count)));
    }

    /// <summary>The comparison a page path belongs to: the slug after /compare/, when it is one.</summary>
    private static string? ComparisonSlugOf(string page)
    {
        const string prefix = "/compare/";
        if (!page.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var slug = page[prefix.Length..].Split('/')[0];
        return Recommendations.Slug.IsValid(slug) ? slug : null;
    }

    private FileContentResult Png(byte[] bytes) => File(bytes, PngType);
}
