using System.Net;
using AngleSharp.Html.Parser;

namespace FrameworkAdvisor.Web.Tests;

/// <summary>
/// The real content, served: every page in the sitemap answers, and every internal link and anchor on every
/// page leads somewhere. This is what "every fact is reachable from the home page" rests on.
/// </summary>
public sealed class ShippedSiteCrawlTests(ShippedSiteFactory site) : IClassFixture<ShippedSiteFactory>
{
    [Fact]
    public async Task Every_page_is_reachable_from_home_and_every_internal_link_and_anchor_resolves()
    {
        var client = site.CreateClient();
        var parser = new HtmlParser();
        var idsByPath = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var linksByPage = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var documents = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);

        while (queue.TryDequeue(out var path))
        {
            if (idsByPath.ContainsKey(path) || documents.Contains(path))
            {
                continue;
            }

            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                // A document for machines (the API's OpenAPI description): it must answer, but it is not a page.
                documents.Add(path);
                continue;
            }

            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            idsByPath[path] = [.. document.QuerySelectorAll("[id]").Select(e => e.Id!)];
            var links = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/') || h.StartsWith('#')).ToList();
            linksByPage[path] = links;
            foreach (var link in links.Where(l => l.StartsWith('/')))
            {
                queue.Enqueue(link.Split('#')[0]);
            }
        }

        var broken = linksByPage
            .SelectMany(page => page.Value.Select(link => (Page: page.Key, Link: link)))
            .Where(x => x.Link.Contains('#', StringComparison.Ordinal))
            .Where(x =>
            {
                var target = x.Link.StartsWith('#') ? x.Page : x.Link.Split('#')[0];
                return !idsByPath[target].Contains(x.Link.Split('#')[1]);
            })
            .Select(x => $"{x.Page} links to missing anchor {x.Link}")
            .ToList();
        Assert.True(broken.Count == 0, string.Join("\n", broken));

        var sitemap = await client.GetStringAsync("/sitemap.xml");
        var sitemapPaths = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>http://localhost([^<]*)</loc>")
            .Select(m => m.Groups[1].Value)
            .ToList();
        var unreachable = sitemapPaths.Where(path => !idsByPath.ContainsKey(path)).ToList();
        Assert.True(unreachable.Count == 0, "in the sitemap but not linked from any page: " + string.Join(", ", unreachable));
        Assert.Equal(sitemapPaths.Order(StringComparer.Ordinal), idsByPath.Keys.Order(StringComparer.Ordinal));
    }
}
