using System.Text;
using System.Xml.Linq;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using FrameworkAdvisor.Web.Caching;

namespace FrameworkAdvisor.Web.Features.Seo;

/// <summary>robots.txt and sitemap.xml, served by the app so they always match the loaded content.</summary>
[CachedPage]
public sealed class SeoController(ComparisonStore store, SiteUrls urls) : Controller
{
    private static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The one page that is not made from content: the API reference, linked from every page's footer.</summary>
    private static readonly SitePage ApiPage = new(SitePaths.Developers, Developers.DevelopersViewModel.Heading, null);

    [HttpGet("/sitemap.xml")]
    public IActionResult Sitemap()
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(SitemapNamespace + "urlset",
                store.ListPages().Append(ApiPage).Select(page => new XElement(SitemapNamespace + "url",
                    new XElement(SitemapNamespace + "loc", urls.Absolute(Request, page.Path)),
                    page.LastModified is { } modified ? new XElement(SitemapNamespace + "lastmod", modified.ToString("yyyy-MM-dd")) : null))));
        return Content(document.Declaration + Environment.NewLine + document, "application/xml", Encoding.UTF8);
    }

    [HttpGet("/robots.txt")]
    public IActionResult Robots() =>
        Content($"User-agent: *\nAllow: /\nDisallow: /errors/\nSitemap: {urls.Absolute(Request, "/sitemap.xml")}\n", "text/plain", Encoding.UTF8);
}
