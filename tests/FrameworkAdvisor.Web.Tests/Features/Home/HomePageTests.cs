namespace FrameworkAdvisor.Web.Tests.Features.Home;

public sealed class HomePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Home_lists_every_comparison_with_links_into_it()
    {
        var page = await site.CreateClient().GetPageAsync("/");

        var comparisons = page.QuerySelectorAll(".card h3 a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Quill vs Lantern vs Harbor", "/compare/trio"), ("Kettle vs Teapot", "/compare/duo")], comparisons);
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/compare/trio/frameworks/harbor", links);
        Assert.Contains("/compare/trio/recommendations", links);
        Assert.Contains("/compare/duo/faq", links);
    }

    [Fact]
    public async Task Home_has_one_main_landmark_a_skip_link_and_a_single_h1()
    {
        var page = await site.CreateClient().GetPageAsync("/");

        Assert.Single(page.QuerySelectorAll("main#main"));
        Assert.Equal("#main", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }
}
