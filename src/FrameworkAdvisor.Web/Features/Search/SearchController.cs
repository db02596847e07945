using System.Text;
using System.Xml.Linq;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Http.Security;
using Microsoft.AspNetCore.RateLimiting;
using FrameworkAdvisor.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Features.Search;

/// <summary>
/// The search page, which works as a plain GET form, and the OpenSearch description that lets a browser add the
/// site as a search engine. Each page is cached per query and content generation, like every other page.
/// </summary>
[CachedPage]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SearchController(ContentSearch search, StartingPoints startingPoints, SiteUrls urls, IOptions<SiteOptions> site) : Controller
{
    /// <summary>The OpenSearch format allows a short name of at most 16 characters.</summary>
    private const int MaxShortName = 16;

    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>Any text is accepted: the search reads words from it and ignores the rest.</summary>
    [HttpGet(SitePaths.Search)]
    [EnableRateLimiting(WorkLimits.Search)]
    public IActionResult Search([FromQuery] string? q)
    {
        var results = search.Search(q);
        return View(new SearchViewModel(q ?? "", results, results.Hits.Count == 0 ? startingPoints.Pages : []));
    }

    [HttpGet("/opensearch.xml")]
    public IActionResult OpenSearchDescription()
    {
        var name = site.Value.Name;
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(OpenSearch + "OpenSearchDescription",
                new XElement(OpenSearch + "ShortName", name.Length <= MaxShortName ? name : name[..MaxShortName]),
                new XElement(OpenSearch + "Description", $"Search the framework comparisons on {name}"),
                new XElement(OpenSearch + "InputEncoding", "UTF-8"),
                new XElement(OpenSearch + "Url",
                    new XAttribute("type", "text/html"),
                    new XAttribute("method", "get"),
                    new XAttribute("template", urls.Absolute(Request, SitePaths.Search) + "?q={searchTerms}")),
                new XElement(OpenSearch + "Url",
                    new XAttribute("type", "application/opensearchdescription+xml"),
                    new XAttribute("rel", "self"),
                    new XAttribute("template", urls.Absolute(Request, "/opensearch.xml")))));
        return Content(document.Declaration + Environment.NewLine + document, "application/opensearchdescription+xml", Encoding.UTF8);
    }
}
