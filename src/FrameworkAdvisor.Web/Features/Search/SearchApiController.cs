using System.ComponentModel;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Developers;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Http.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkAdvisor.Web.Features.Search;

/// <summary>The search page's results as JSON, for tools and other sites: the same search, the same order.</summary>
[ApiController]
[Route("api/search")]
[Description("Search over every page and section, as the search page does it.")]
public sealed class SearchApiController(ContentSearch search, SiteUrls urls) : ControllerBase
{
    [HttpGet("")]
    [EndpointName("search")]
    [CachedPage]
    [EnableRateLimiting(WorkLimits.Search)]
    [EndpointSummary("Search every page and section")]
    [EndpointDescription("The same places, in the same order, as the search page: pages, each framework's part of an aspect, FAQ answers, rules, editor's notes and questions. Words match as prefixes and in other forms (templates finds templating). When nothing matches, the nearest spelling from the site's own words is tried and named in didYouMean; when no place has every word, places with some of them are returned and matchesAnyWord is true. At most 20 hits; total counts them all.")]
    [ProducesResponseType<SearchResponse>(StatusCodes.Status200OK, "application/json", Description = "The hits, best first (none when nothing matches).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json", Description = "q is missing or has no words (punctuation, quotes and operators are ignored).")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json",
        Description = "This client address asked for more new searches than the limit allows (300 a minute by default); Retry-After says when to try again.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json",
        Description = "The site is running as many searches as it can at once; Retry-After says when to try again.")]
    [ApiExample(typeof(SearchExample))]
    public ActionResult<SearchResponse> Search([FromQuery, ApiRequired, Description("The words to search for; at most 8 are used.")] string? q)
    {
        var query = SearchQuery.Parse(q);
        if (query.IsEmpty)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Nothing to search for",
                detail: "Put one or more words in 'q', such as /api/search?q=admin. Punctuation, quotes and operators are ignored.");
        }

        var results = search.Search(query);
        return new SearchResponse(
            results.Query.Text,
            results.DidYouMean?.Text,
            results.MatchesAnyWord,
            results.Total,
            [.. results.Hits.Select(hit => new SearchHitItem(
                urls.Absolute(Request, hit.Url),
                hit.ComparisonTitle,
                hit.PageTitle,
                hit.IsSection ? hit.SectionTitle.Text : null,
                hit.Snippet.Text,
                MarkedHtml.Of(hit.Snippet)))]);
    }
}
