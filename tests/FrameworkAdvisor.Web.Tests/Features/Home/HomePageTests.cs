namespace FrameworkAdvisor.Web.Tests.Features.Home;

public sealed class HomePageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Home_lists_every_comparison_with_links_into_it()
    {
        var page = await site.CreateClient().GetPageAsync("/");

        var comparisons = page.QuerySelectorAll(".comparison-home h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Quill vs Lantern vs Harbor", "Kettle vs Teapot"], comparisons);
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/compare/trio#table", links);
        Assert.Contains("/compare/trio/frameworks/harbor", links);
        Assert.Contains("/compare/trio/recommendations", links);
        Assert.Contains("/compare/duo/sources", links);
    }

    [Fact]
    public async Task Home_leads_with_the_chooser_as_the_one_primary_action_and_shows_where_each_article_leans()
    {
        var page = await site.CreateClient().GetPageAsync("/");

        var primary = page.QuerySelectorAll("main a.button").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Which should I choose?", "/compare/trio/choose")], primary);
        var trio = page.QuerySelector(".comparison-home[data-comparison=trio]")!;
        Assert.Equal("Of the 3 aspects compared, 1 leans Quill, 1 leans Lantern, 1 takes no clear side.", trio.QuerySelector(".scorecard-description")!.TextContent);
        Assert.Equal(3, trio.QuerySelectorAll(".lean-bar rect").Length);
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
