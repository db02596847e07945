using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace FrameworkAdvisor.Web.Features.Search;

/// <summary>The search page's results as JSON, for tools and other sites: the same search, the same order.</summary>
[ApiController]
[Route("api/search")]
public sealed class SearchApiController(ContentSearch search, SiteUrls urls) : ControllerBase
{
    [HttpGet("")]
    [OutputCache(PolicyName = PageCachePolicy.Name)]
    public ActionResult<SearchResponse> Search([FromQuery] string? q)
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
