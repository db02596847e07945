using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Features.Seo;

/// <summary>
/// The JSON-LD a search engine reads says what the visitor sees: the breadcrumb trail of every page that shows one,
/// the FAQ's questions and answers, and the site's search on the home page. Each block is valid JSON, read as a
/// crawler reads it: straight from the page's bytes, between the script element's tags.
/// </summary>
public sealed class StructuredDataTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Origin = "http://localhost";
    private const string BlockStart = "<script type=\"application/ld+json\">";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Every_page_with_breadcrumbs_describes_the_same_trail_and_no_other_page_claims_one()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        var paths = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery)
            .Append("/compare/trio/choose/result?parts=pick").Append("/search?q=admin").ToList();
        var withTrail = 0;

        foreach (var path in paths)
        {
            var (page, blocks) = await GetAsync(path);
            var visible = page.QuerySelectorAll("nav.breadcrumbs li").ToList();
            var lists = blocks.Where(b => Type(b) == "BreadcrumbList").ToList();
            if (visible.Count == 0)
            {
                Assert.True(lists.Count == 0, $"{path} shows no breadcrumbs but describes some");
                continue;
            }

            withTrail++;
            var items = Assert.Single(lists).GetProperty("itemListElement").EnumerateArray().ToList();
            Assert.Equal(visible.Select(li => li.TextContent.Trim()), items.Select(i => i.GetProperty("name").GetString()));
            Assert.Equal(Enumerable.Range(1, visible.Count), items.Select(i => i.GetProperty("position").GetInt32()));
            var hrefs = visible.Select(li => li.QuerySelector("a")?.GetAttribute("href") ?? path).Select(href => Origin + href);
            Assert.Equal(hrefs, items.Select(i => i.GetProperty("item").GetString()));
        }

        Assert.True(withTrail >= 8, $"only {withTrail} pages with breadcrumbs were checked");
    }

    [Fact]
    public async Task The_faq_describes_each_question_as_its_heading_shows_it_with_the_answer_beneath_it()
    {
        var (page, blocks) = await GetAsync("/compare/trio/faq");

        var faq = Assert.Single(blocks, b => Type(b) == "FAQPage");
        var questions = faq.GetProperty("mainEntity").EnumerateArray().ToList();
        var sections = page.QuerySelectorAll("section.faq-entry").ToList();
        Assert.Equal(["Which one is best?", "Can I switch later?"], questions.Select(q => q.GetProperty("name").GetString()));
        Assert.Equal(sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()), questions.Select(q => q.GetProperty("name").GetString()));
        Assert.All(questions, q => Assert.Equal("Question", Type(q)));
        Assert.Equal(
            sections.Select(s => Words(s.QuerySelector(".prose")!.TextContent)),
            questions.Select(q => Words(q.GetProperty("acceptedAnswer").GetProperty("text").GetString()!)));
        Assert.Equal("It depends on the project; see the recommendations.", questions[0].GetProperty("acceptedAnswer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_home_page_describes_the_site_and_the_search_its_header_form_makes()
    {
        var (page, blocks) = await GetAsync("/");

        var website = Assert.Single(blocks, b => Type(b) == "WebSite");
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal(page.QuerySelector(".brand")!.TextContent.Trim(), website.GetProperty("name").GetString());
        Assert.Equal(Origin + "/", website.GetProperty("url").GetString());
        var action = website.GetProperty("potentialAction");
        Assert.Equal("SearchAction", Type(action));
        Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
        Assert.Equal($"{Origin}{form.GetAttribute("action")}?q={{search_term_string}}", action.GetProperty("target").GetProperty("urlTemplate").GetString());
        Assert.Equal("required name=search_term_string", action.GetProperty("query-input").GetString());
        Assert.DoesNotContain(blocks, b => Type(b) == "BreadcrumbList");
    }

    [Fact]
    public async Task Content_that_writes_a_closing_script_tag_cannot_end_the_block_early()
    {
        const string hostile = "Yes, but `</script><script>alert(1)</script>` & <b>this</b> stay text.";
        using var content = ContentFolder.CopyOfFixture().Replace("compare/trio/faq.md", "Yes, with some work.", hostile);
        using var hostileSite = new FolderSiteFactory(content.Directory);

        var html = await hostileSite.CreateClient().GetStringAsync("/compare/trio/faq");

        var faq = Assert.Single(Blocks(html), b => Type(b) == "FAQPage");
        Assert.Equal(
            "Yes, but </script><script>alert(1)</script> & <b>this</b> stay text.",
            faq.GetProperty("mainEntity")[1].GetProperty("acceptedAnswer").GetProperty("text").GetString());
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    private async Task<(IHtmlDocument Page, IReadOnlyList<JsonElement> Blocks)> GetAsync(string path)
    {
        var html = await _client.GetStringAsync(path);
        return (await new HtmlParser().ParseDocumentAsync(html), Blocks(html));
    }

    /// <summary>Every JSON-LD block, cut from the raw HTML at the first "&lt;/script" as an HTML parser would, then parsed as JSON.</summary>
    private static List<JsonElement> Blocks(string html)
    {
        var blocks = new List<JsonElement>();
        for (var at = html.IndexOf(BlockStart, StringComparison.Ordinal); at >= 0; at = html.IndexOf(BlockStart, at + 1, StringComparison.Ordinal))
        {
            var start = at + BlockStart.Length;
            var json = html[start..html.IndexOf("</script", start, StringComparison.OrdinalIgnoreCase)];
            using var document = JsonDocument.Parse(json);
            Assert.Equal("https://schema.org", document.RootElement.GetProperty("@context").GetString());
            blocks.Add(document.RootElement.Clone());
        }

        return blocks;
    }

    private static string? Type(JsonElement thing) => thing.GetProperty("@type").GetString();

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
