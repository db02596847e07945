using Microsoft.AspNetCore.Hosting;

namespace FrameworkAdvisor.Web.Tests.Http;

/// <summary>Behind a proxy, canonical links and the sitemap use the configured public origin.</summary>
public sealed class PublicOriginTests : IDisposable
{
    private readonly PublicOriginSiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Configured_public_origin_is_used_for_canonical_links_and_the_sitemap()
    {
        var client = _site.CreateClient();

        var page = await client.GetPageAsync("/compare/trio");
        var sitemap = await client.GetStringAsync("/sitemap.xml");

        Assert.Equal("https://advisor.example/compare/trio", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("<loc>https://advisor.example/compare/trio/faq</loc>", sitemap, StringComparison.Ordinal);
    }

    private sealed class PublicOriginSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:PublicOrigin", "https://advisor.example");
        }
    }
}
