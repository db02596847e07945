using System.Xml.Linq;

namespace FrameworkAdvisor.Web.Tests.Features.Seo;

public sealed class SeoTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Sitemap_lists_every_page_with_absolute_urls_and_each_one_answers()
    {
        using var response = await _client.GetAsync("/sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var locations = document.Descendants(Sitemap + "loc").Select(l => new Uri(l.Value)).ToList();

        Assert.Equal(20, locations.Count);
        Assert.Contains(locations, u => u.AbsolutePath == "/compare/trio/choose");
        Assert.Contains(locations, u => u.AbsolutePath == "/developers");
        Assert.Contains(locations, u => u.AbsolutePath == "/compare/trio/aspects/community");
        Assert.All(locations, u => Assert.Equal("http://localhost", u.GetLeftPart(UriPartial.Authority)));
        foreach (var location in locations)
        {
            using var page = await _client.GetAsync(location.AbsolutePath);
            Assert.True(page.IsSuccessStatusCode, $"{location} answered {page.StatusCode}");
        }
    }

    [Fact]
    public async Task Robots_allows_crawling_and_points_to_the_sitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt");

        Assert.Contains("Allow: /", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/compare/trio")]
    [InlineData("/compare/trio/aspects/admin")]
    [InlineData("/compare/duo/frameworks/teapot")]
    public async Task Each_page_names_its_own_canonical_url(string path)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal("http://localhost" + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")!.GetAttribute("content")));
    }
}
