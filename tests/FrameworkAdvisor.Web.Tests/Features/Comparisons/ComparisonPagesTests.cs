using System.Net;

namespace FrameworkAdvisor.Web.Tests.Features.Comparisons;

/// <summary>Every page kind of a comparison answers 200 with the right content; unknown slugs answer 404.</summary>
public sealed class ComparisonPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Table_has_aspects_as_rows_and_all_three_frameworks_as_columns()
    {
        var page = await _client.GetPageAsync("/compare/trio");

        var headers = page.QuerySelectorAll("table.comparison thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Aspect", "Quill", "Lantern", "Harbor", "The article"], headers);
        var rows = page.QuerySelectorAll("table.comparison tbody tr[id]").ToList();
        Assert.Equal(["speed", "admin", "community"], rows.Select(r => r.Id));
        var admin = rows[1];
        Assert.Equal("/compare/trio/aspects/admin", admin.QuerySelector("th[scope=row] > a")!.GetAttribute("href"));
        Assert.Equal(["None; add a plugin.", "Built in.", "Optional package.", "Leans Lantern"],
            admin.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal("No clear lean", rows[2].QuerySelector("td.lean")!.TextContent.Trim());
    }

    [Fact]
    public async Task Scorecard_groups_the_aspects_by_which_way_the_article_leans_and_draws_them_to_scale()
    {
        var page = await _client.GetPageAsync("/compare/trio");
        var scorecard = page.QuerySelector("section.scorecard")!;

        Assert.Equal("Of the 3 aspects compared, 1 leans Quill, 1 leans Lantern, 1 takes no clear side.", scorecard.QuerySelector("p")!.TextContent.Trim());
        // The table's row groups are the scorecard's lists, and its jumps lead to them.
        var groups = page.QuerySelectorAll("table.comparison tbody").Select(body => (
            Heading: body.QuerySelector(".group-row th")!,
            Links: body.QuerySelectorAll("tr[id] th[scope=row] > a").Select(a => a.GetAttribute("href")).ToList())).ToList();
        Assert.Equal(["Leans Quill (1)", "Leans Lantern (1)", "No clear lean (1)"], groups.Select(g => g.Heading.TextContent.Trim()));
        Assert.Equal(["/compare/trio/aspects/speed"], groups[0].Links);
        Assert.Equal(["/compare/trio/aspects/admin"], groups[1].Links);
        Assert.Equal(["/compare/trio/aspects/community"], groups[2].Links);
        Assert.Equal(groups.Select(g => "#" + g.Heading.Id), scorecard.QuerySelectorAll("nav.lean-jumps a").Select(a => a.GetAttribute("href")));
        Assert.Empty(scorecard.QuerySelectorAll("a[href^='/compare/trio/aspects/']"));

        // One segment per group, as wide as its count and laid end to end, coloured as the table's lean column is.
        var bar = scorecard.QuerySelector("svg.lean-bar")!;
        Assert.Equal("0 0 3 1", bar.GetAttribute("viewBox"));
        Assert.Equal([("0", "1"), ("1", "1"), ("2", "1")], bar.QuerySelectorAll("rect").Select(r => (r.GetAttribute("x"), r.GetAttribute("width"))));
        Assert.Equal(
            page.QuerySelectorAll("table.comparison td.lean .lean-swatch").Select(s => s.ClassName).Order(),
            bar.QuerySelectorAll("rect").Select(r => "lean-swatch " + r.ClassName).Order());
    }

    [Fact]
    public async Task Scorecard_sentence_agrees_in_number_with_a_single_aspect()
    {
        var page = await _client.GetPageAsync("/compare/duo");

        Assert.Equal("Of the 1 aspect compared, 1 calls it even.", page.Text("section.scorecard p"));
    }

    [Fact]
    public async Task Table_marks_the_articles_own_rows_apart_from_those_compared_in_its_text()
    {
        var page = await _client.GetPageAsync("/compare/trio");

        var sources = page.QuerySelectorAll("table.comparison tbody tr[id]")
            .GroupBy(row => row.QuerySelector("th[scope=row] .source")!.TextContent.Trim(), row => row.Id)
            .ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(2, sources.Count);
        Assert.Equal(["speed"], sources["From the article’s table"]);
        Assert.Equal(["admin", "community"], sources["From the article’s text"]);
    }

    [Fact]
    public async Task Table_rows_open_on_their_own_toggle_to_the_aspects_page()
    {
        var page = await _client.GetPageAsync("/compare/trio");

        var admin = page.QuerySelector("table.comparison tr#admin th[scope=row] details")!;
        Assert.Equal("Admin", admin.QuerySelector("summary")!.TextContent.Trim());
        Assert.Equal("/compare/trio/aspects/admin", admin.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Framework_page_shows_its_body_its_cells_and_the_rules_that_favour_it()
    {
        var page = await _client.GetPageAsync("/compare/trio/frameworks/lantern");

        Assert.Equal("Lantern", page.Text("h1"));
        Assert.Contains("Lantern ships an admin panel", page.Text("main"), StringComparison.Ordinal);
        var glance = page.QuerySelectorAll("dl#at-a-glance div").Select(d => (d.QuerySelector("dt")!.TextContent.Trim(), d.QuerySelector("dd")!.TextContent.Trim())).ToList();
        Assert.Equal([("Speed", "Slower, because it does more per request."), ("Admin", "Built in."), ("Community", "Large.")], glance);
        var rule = Assert.Single(page.QuerySelectorAll("#recommended-when ~ ul.rules li"));
        Assert.Contains("admin screen on day one", rule.TextContent, StringComparison.Ordinal);
        Assert.Equal("/compare/trio/recommendations#lantern-needs-admin", rule.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Framework_page_has_a_table_of_contents_one_list_of_when_to_choose_it_and_a_way_on_to_the_chooser()
    {
        var page = await _client.GetPageAsync("/compare/trio/frameworks/lantern");

        // Every entry of the contents leads to a place on the page.
        var contents = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(contents.Count >= 3);
        Assert.All(contents, href => Assert.NotNull(page.GetElementById(href.TrimStart('#'))));
        // Rules cite #choose-it-if: it is the one list, drawn from the rules, with the framework's colour on it.
        var list = page.GetElementById("choose-it-if")!;
        Assert.Single(page.QuerySelectorAll("ul.rules"));
        Assert.Equal("lantern", list.QuerySelector("li")!.GetAttribute("data-framework"));
        Assert.Equal("lantern", page.QuerySelector(".framework-head")!.GetAttribute("data-framework"));
        // It ends with the way on.
        Assert.Equal("/compare/trio/choose", page.QuerySelector(".way-on a.button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Aspect_page_sets_every_framework_side_by_side_with_an_anchor_each()
    {
        var page = await _client.GetPageAsync("/compare/trio/aspects/speed");

        Assert.Equal("Speed", page.Text("h1"));
        Assert.Equal(["quill", "lantern", "harbor"], page.QuerySelectorAll("section.take").Select(s => s.Id));
        Assert.Contains("Quill answers quickly.", page.Text("#quill"), StringComparison.Ordinal);
        Assert.Contains("Fastest of the three", page.Text("#quill .in-short"), StringComparison.Ordinal);
        Assert.Contains("Leans Quill", page.Text(".lean-summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aspect_pages_link_to_previous_and_next_in_table_order()
    {
        var first = await _client.GetPageAsync("/compare/trio/aspects/speed");
        var middle = await _client.GetPageAsync("/compare/trio/aspects/admin");
        var last = await _client.GetPageAsync("/compare/trio/aspects/community");

        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("/compare/trio/aspects/admin", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/compare/trio/aspects/speed", middle.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/compare/trio/aspects/community", middle.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task Faq_lists_each_question_under_its_own_anchor()
    {
        var page = await _client.GetPageAsync("/compare/trio/faq");

        Assert.Equal(["which-one-is-best", "can-i-switch-later"], page.QuerySelectorAll("section.faq-entry h2").Select(h => h.Id));
        Assert.Equal("Yes, with some work.", page.Text("section.faq-entry:nth-of-type(2) .prose"));
    }

    [Fact]
    public async Task Recommendations_group_rules_by_framework_with_stable_anchors_and_citations()
    {
        var page = await _client.GetPageAsync("/compare/trio/recommendations");

        Assert.Equal(["choose-quill", "choose-lantern", "choose-harbor"], page.QuerySelectorAll("main h2[id^=choose-]").Select(h => h.Id));
        var rule = page.QuerySelector("li#lantern-needs-admin")!;
        Assert.Equal("/compare/trio/aspects/admin#lantern", rule.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("separate package", rule.QuerySelector("[role=note]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_page_lists_every_editors_note_and_the_last_updated_date()
    {
        var page = await _client.GetPageAsync("/compare/trio/sources");

        Assert.Equal(["/compare/trio#editor-note-1", "/compare/trio/recommendations#editor-note-lantern-needs-admin"],
            page.QuerySelectorAll("ol.notes > li > p.meta > a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2026-10-01", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("1 October 2026", page.Text("time"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_comparison_is_served_with_its_own_two_columns()
    {
        var page = await _client.GetPageAsync("/compare/duo");

        Assert.Equal(["Aspect", "Kettle", "Teapot", "The article"], page.QuerySelectorAll("table.comparison thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("Calls it even", page.Text("tr#capacity td.lean"));
    }

    [Theory]
    [InlineData("/compare/quartet")]
    [InlineData("/compare/trio/frameworks/kettle")]
    [InlineData("/compare/trio/aspects/pricing")]
    [InlineData("/compare/trio/frameworks/quill/extra")]
    [InlineData("/compare/trio/nonsense")]
    [InlineData("/compare/quartet/faq")]
    public async Task Unknown_slugs_answer_404_with_the_helpful_page(string path)
    {
        var page = await _client.GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.Text("h1"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/compare/trio");
    }

    [Fact]
    public async Task Trimming_a_url_to_its_listing_goes_to_the_table()
    {
        var response = await site.CreateClientWithoutRedirects().GetAsync("/compare/trio/aspects");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compare/trio#table", response.Headers.Location!.OriginalString);
    }
}
