using System.Net;
using System.Xml.Linq;
using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.Tests.Features.Health;

namespace FrameworkAdvisor.Web.Tests.Features.Search;

/// <summary>The search page over HTTP: a GET form on every page, results that lead to the section, nothing unescaped.</summary>
public sealed class SearchPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("/")]
    [InlineData("/compare/trio/aspects/speed")]
    [InlineData("/compare/trio/choose")]
    [InlineData("/compare/trio/no-such-page")]
    public async Task Every_page_has_a_search_form_that_works_without_javascript(string path)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await (await _client.GetAsync(path)).Content.ReadAsStringAsync());

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[type=search][name=q]"));
        Assert.Equal("/opensearch.xml", page.QuerySelector("link[rel=search]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Results_lead_to_the_section_titled_page_then_section_with_the_matched_words_marked()
    {
        var page = await _client.GetPageAsync("/search?q=generates");

        var hit = Assert.Single(page.QuerySelectorAll(".search-hit"));
        Assert.Equal("/compare/trio/aspects/admin#lantern", hit.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Equal("Admin › Lantern", hit.QuerySelector("h2 a")?.TextContent.Trim());
        Assert.Equal("generates", hit.QuerySelector(".search-hit-snippet mark")?.TextContent);
        Assert.Equal("generates", page.QuerySelector("header input[name=q]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Hits_from_one_comparison_do_not_repeat_its_name()
    {
        var page = await _client.GetPageAsync("/search?q=generates");

        Assert.DoesNotContain("Quill vs Lantern vs Harbor", page.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hits_come_grouped_by_page_each_page_once_and_no_snippet_twice()
    {
        var page = await _client.GetPageAsync("/search?q=lantern");

        var groups = page.QuerySelectorAll(".search-page").Select(g => g.QuerySelectorAll(".search-hit h2 a").Select(a => a.GetAttribute("href")!.Split('#')[0]).Distinct().ToList()).ToList();
        Assert.True(groups.Count > 1);
        Assert.All(groups, paths => Assert.Single(paths));
        Assert.Equal(groups.Count, groups.Select(paths => paths[0]).Distinct().Count());
        var snippets = page.QuerySelectorAll(".search-hit-snippet").Select(s => s.TextContent).ToList();
        Assert.Equal(snippets.Count, snippets.Distinct().Count());
    }

    [Fact]
    public async Task No_hits_offers_the_search_box_again_and_pages_to_start_from_saying_they_are_not_matches()
    {
        var page = await _client.GetPageAsync("/search?q=xylophone");

        Assert.Empty(page.QuerySelectorAll(".search-hit"));
        var again = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("/search", again.GetAttribute("action"));
        Assert.Equal("xylophone", again.QuerySelector("input[name=q]")?.GetAttribute("value"));
        var starts = page.QuerySelectorAll(".starting-points a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/compare/trio", starts);
        Assert.Contains("/compare/trio/choose", starts);
        Assert.Contains("do not mention your words", page.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_pages_ask_search_engines_not_to_list_them_and_name_no_canonical_address()
    {
        var page = await _client.GetPageAsync("/search?q=admin");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task A_misspelling_offers_the_sites_own_spelling_and_shows_its_results()
    {
        var page = await _client.GetPageAsync("/search?q=benchmraks");

        Assert.Equal("/search?q=benchmarks", page.QuerySelector(".notice a")?.GetAttribute("href"));
        Assert.Contains("Did you mean benchmarks?", page.Text(".notice"), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".search-hit"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%22%29%28*-")]
    public async Task No_words_gets_the_search_page_asking_for_some(string query)
    {
        var page = await _client.GetPageAsync("/search" + query);

        Assert.Equal("Search", page.Text("h1"));
        Assert.Empty(page.QuerySelectorAll(".search-hit"));
    }

    [Fact]
    public async Task Typed_markup_is_shown_back_escaped()
    {
        using var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script> admin"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; admin", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_page_is_cached_under_its_own_query()
    {
        var admin = await _client.GetStringAsync("/search?q=admin");
        var speed = await _client.GetStringAsync("/search?q=speed");
        using var adminAgain = await _client.GetAsync("/search?q=admin");

        Assert.NotEqual(admin, speed);
        Assert.NotNull(adminAgain.Headers.Age);
        Assert.Equal(admin, await adminAgain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_opensearch_description_points_browsers_at_the_search_page()
    {
        using var response = await _client.GetAsync("/opensearch.xml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace openSearch = "http://a9.com/-/spec/opensearch/1.1/";
        var url = document.Root!.Elements(openSearch + "Url").Single(u => (string?)u.Attribute("type") == "text/html");
        Assert.Equal("http://localhost/search?q={searchTerms}", (string?)url.Attribute("template"));
        Assert.Equal("FrameworkAdvisor", document.Root.Element(openSearch + "ShortName")?.Value);
    }
}

/// <summary>Search over content that a test writes and edits while the site runs.</summary>
public sealed class SearchContentTests : IDisposable
{
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task Markup_written_in_content_is_escaped_in_snippets_and_only_our_marks_are_html()
    {
        _content.Replace("compare/trio/aspects/admin.md", "Lantern generates one from your models.",
            "Lantern generates <script>alert(1)</script> & \"zeppelin\" <b>screens</b>.");
        using var site = new FolderSiteFactory(_content.Directory);
        using var client = site.CreateClient();

        var body = await client.GetStringAsync("/search?q=zeppelin");
        var json = await client.GetStringAsync("/api/search?q=zeppelin");

        Assert.DoesNotContain("<script>alert(", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", body, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>zeppelin</mark>&quot; &lt;b&gt;screens&lt;/b&gt;", body, StringComparison.Ordinal);
        var snippetHtml = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("hits")[0].GetProperty("snippetHtml").GetString();
        Assert.Equal("Built in. Lantern generates &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;<mark>zeppelin</mark>&quot; &lt;b&gt;screens&lt;/b&gt;.", snippetHtml);
    }

    [Fact]
    public async Task A_pages_keywords_bring_it_first_in_search_and_in_the_404_pages_suggestions()
    {
        _content.Replace("compare/trio/aspects/admin.md", "summary: Whether an admin screen comes with the toolkit.",
            "summary: Whether an admin screen comes with the toolkit.\nkeywords: [back office, dashboard]");
        using var site = new FolderSiteFactory(_content.Directory);
        using var client = site.CreateClient();

        var results = await client.GetPageAsync("/search?q=dashboard");
        var notFound = await client.GetPageAsync("/compare/trio/aspects/back-office", HttpStatusCode.NotFound);

        Assert.Equal("/compare/trio/aspects/admin", results.QuerySelector(".search-hit h2 a")?.GetAttribute("href"));
        Assert.Equal("/compare/trio/aspects/admin", notFound.QuerySelector("main ul li a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task An_edit_goes_live_in_search_results_at_once()
    {
        using var site = new WatchedSiteFactory(_content.Directory);
        using var client = site.CreateClient();
        var before = await client.GetStringAsync("/search?q=zeppelin");
        var generation = (await client.GetHealthAsync()).Content.Generation;

        _content.Replace("compare/trio/aspects/admin.md", "Lantern generates one from your models.", "Lantern generates a zeppelin.");
        await client.WaitForNewContentAsync(generation);

        Assert.Contains("Nothing on the site uses these words", before, StringComparison.Ordinal);
        Assert.Contains("/compare/trio/aspects/admin#lantern", await client.GetStringAsync("/search?q=zeppelin"), StringComparison.Ordinal);
    }
}
