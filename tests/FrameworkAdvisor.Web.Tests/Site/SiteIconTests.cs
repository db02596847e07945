using System.Net;
using System.Text.Json;

namespace FrameworkAdvisor.Web.Tests.Site;

/// <summary>
/// The site's icon and web manifest: linked from every page with fingerprinted addresses that are cached for a year,
/// present at the conventional root names too, so no first visit logs a 404.
/// </summary>
public sealed class SiteIconTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("link[rel=icon][type='image/svg+xml']", "image/svg+xml")]
    [InlineData("link[rel=icon][sizes]", "image/x-icon")]
    [InlineData("link[rel=apple-touch-icon]", "image/png")]
    [InlineData("link[rel=manifest]", "application/manifest+json")]
    public async Task Every_page_links_its_icons_and_manifest_cached_for_a_year(string selector, string type)
    {
        foreach (var path in new[] { "/", "/compare/trio", "/compare/trio/choose/result?parts=pick" })
        {
            var page = await _client.GetPageAsync(path);
            var href = page.QuerySelector(selector)?.GetAttribute("href") ?? throw new Xunit.Sdk.XunitException($"{path} has no {selector}");

            using var response = await _client.GetAsync(href);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("max-age=31536000", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/apple-touch-icon.png")]
    public async Task The_names_browsers_and_crawlers_ask_for_unprompted_exist(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_icon_the_manifest_names_exists()
    {
        var page = await _client.GetPageAsync("/");
        using var manifest = JsonDocument.Parse(await _client.GetStringAsync(page.QuerySelector("link[rel=manifest]")!.GetAttribute("href")));

        var icons = manifest.RootElement.GetProperty("icons").EnumerateArray().Select(icon => icon.GetProperty("src").GetString()!).ToList();

        Assert.Equal("FrameworkAdvisor", manifest.RootElement.GetProperty("name").GetString());
        Assert.Equal(3, icons.Count);
        foreach (var icon in icons)
        {
            using var response = await _client.GetAsync(icon);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
