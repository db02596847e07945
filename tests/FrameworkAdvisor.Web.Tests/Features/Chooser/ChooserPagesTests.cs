using System.Net;
using AngleSharp.Html.Dom;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// The questionnaire and result pages over the fixture's three-way chooser. Expected scores are worked out by hand
/// from the fixture: parts=pick gives Quill 2 points, admin=needed gives Lantern 1, undecided=yes gives Harbor 1,
/// and Harbor's rule is the tie-break.
/// </summary>
public sealed class ChooserPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Form = "/compare/trio/choose";
    private const string Result = "/compare/trio/choose/result";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Questionnaire_groups_its_questions_and_says_why_each_is_asked()
    {
        var page = await _client.GetPageAsync(Form);

        Assert.Equal("Pick one for me", page.Text("h1"));
        Assert.Equal(["Your project", "You"], page.QuerySelectorAll("form .question-group h2").Select(h => h.TextContent.Trim()));
        var admin = page.QuerySelector("fieldset#question-admin")!;
        Assert.Equal("Do you need an admin screen on day one?", admin.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal("why-admin", admin.GetAttribute("aria-describedby"));
        Assert.Contains("The source says Lantern ships one.", page.Text("#why-admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questionnaire_is_a_plain_GET_form_in_which_every_question_can_be_skipped()
    {
        var page = await _client.GetPageAsync(Form);

        var form = (IHtmlFormElement)page.QuerySelector("form.chooser")!;
        Assert.Equal("get", form.Method.ToLowerInvariant());
        Assert.Equal(Result, form.GetAttribute("action"));
        foreach (var question in new[] { "parts", "admin", "undecided" })
        {
            var radios = page.QuerySelectorAll($"input[type=radio][name={question}]").Cast<IHtmlInputElement>().ToList();
            Assert.Equal(3, radios.Count);
            var skip = Assert.Single(radios, r => r.Value == "");
            Assert.True(skip.IsDefaultChecked, $"'{question}' should start skipped");
            Assert.Contains("Skip this question", skip.ParentElement!.TextContent, StringComparison.Ordinal);
        }

        Assert.NotNull(page.QuerySelector("form.chooser button[type=submit]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Questionnaire_opens_prefilled_from_a_link_so_answers_can_be_changed()
    {
        var page = await _client.GetPageAsync(Form + "?parts=pick&undecided=no");

        Assert.Equal("pick", Checked(page, "parts"));
        Assert.Equal("", Checked(page, "admin"));
        Assert.Equal("no", Checked(page, "undecided"));
    }

    [Fact]
    public async Task Result_names_the_recommendation_its_confidence_and_draws_the_scores()
    {
        var page = await _client.GetPageAsync(Result + "?admin=needed&parts=pick&undecided=yes");

        Assert.Equal("Quill fits best", page.Text("h1"));
        Assert.StartsWith("Leaning.", page.Text(".confidence"), StringComparison.Ordinal);
        Assert.Contains("a clear fit when the lead is at least 50% of all points and at least 3 points",
            page.Text(".confidence + .meta"), StringComparison.Ordinal);
        var bars = page.QuerySelectorAll(".score-chart .score-bar").ToList();
        Assert.Equal(["Quill 2 points · 50%", "Lantern 1 point · 25%", "Harbor 1 point · 25%"],
            bars.Select(b => $"{b.QuerySelector(".score-name")!.TextContent} {b.QuerySelector(".score-value")!.TextContent}"));
        Assert.Equal(["50", "25", "25"], bars.Select(b => b.QuerySelector("svg rect.bar-fill")!.GetAttribute("width")));
        Assert.Equal([true, false, false], bars.Select(b => b.ClassList.Contains("score-recommended")));
        Assert.Null(page.QuerySelector(".tie-break"));
    }

    [Fact]
    public async Task Result_lists_each_answer_with_its_rule_points_and_where_the_rule_is_stated()
    {
        var page = await _client.GetPageAsync(Result + "?admin=needed&parts=pick");

        var rows = page.QuerySelectorAll("table.contributions tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        var parts = rows[0];
        Assert.Equal("Do you want to choose every part yourself?", parts.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("Yes, every part", parts.QuerySelector("[data-label='Your answer']")!.TextContent.Trim());
        var links = parts.QuerySelectorAll("[data-label=Rule] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/compare/trio/recommendations#quill-pick-every-part", "/compare/trio/frameworks/quill#choose-it-if"], links);
        Assert.Equal("+2 to Quill", Squash(parts.QuerySelector(".points")!.TextContent));
        Assert.Contains("Editor’s note", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["/compare/trio/aspects/admin"], page.QuerySelectorAll("#read-more ~ ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Neutral_answer_is_listed_with_no_points_and_the_tie_break_decides_and_says_so()
    {
        var page = await _client.GetPageAsync(Result + "?parts=either");

        Assert.Equal("A toss-up: the article’s tie-break points to Harbor", page.Text("h1"));
        Assert.StartsWith("Toss-up.", page.Text(".confidence"), StringComparison.Ordinal);
        var row = Assert.Single(page.QuerySelectorAll("table.contributions tbody tr"));
        Assert.Contains("No rule: a neutral answer.", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("0", row.QuerySelector(".points")!.TextContent.Trim());
        var tieBreak = page.QuerySelector(".tie-break")!;
        Assert.Contains("Decided by the article’s tie-break.", tieBreak.TextContent, StringComparison.Ordinal);
        Assert.Equal("/compare/trio/recommendations#harbor-undecided", tieBreak.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2 questions skipped, so they count for nothing", page.Text(".skipped summary"));
        Assert.Equal(["Do you need an admin screen on day one?", "Are you still undecided?"], page.QuerySelectorAll(".skipped li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task What_would_change_offers_the_single_change_that_flips_it_and_links_to_that_result()
    {
        // Quill 2–0–0. Dropping to "I do not mind" levels everything at 0, and the tie-break gives Harbor; adding
        // Lantern's or Harbor's point leaves Quill ahead; skipping the only answer leaves nothing to score.
        var page = await _client.GetPageAsync(Result + "?parts=pick");

        var suggestion = Assert.Single(page.QuerySelectorAll("ol.changes > li"));
        Assert.Contains("Change “Do you want to choose every part yourself?” from “Yes, every part” to “I do not mind”.",
            Squash(suggestion.TextContent), StringComparison.Ordinal);
        Assert.Contains("Then Harbor would be recommended, by the tie-break.", Squash(suggestion.TextContent), StringComparison.Ordinal);
        var link = suggestion.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(Result + "?parts=either", link);
        Assert.Equal("A toss-up: the article’s tie-break points to Harbor", (await _client.GetPageAsync(link)).Text("h1"));
    }

    [Fact]
    public async Task Share_box_holds_the_pages_own_link_and_previews_name_the_result()
    {
        var page = await _client.GetPageAsync(Result + "?parts=pick");
        const string shareUrl = "http://localhost/compare/trio/choose/result?parts=pick";

        Assert.Equal(shareUrl, ((IHtmlInputElement)page.QuerySelector("#share-url")!).Value);
        Assert.True(page.QuerySelector("button[data-copy-target=share-url]")!.HasAttribute("hidden"), "the copy button needs script, so it starts hidden");
        Assert.Equal(shareUrl, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(shareUrl, Meta(page, "og:url"));
        Assert.StartsWith("Quill fits best", Meta(page, "og:title"), StringComparison.Ordinal);
        Assert.StartsWith("Quill fits best", Meta(page, "twitter:title"), StringComparison.Ordinal);
        Assert.Contains("Quill 2 points", Meta(page, "og:description"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal(Form + "?parts=pick", page.QuerySelector("a.button[href^='/compare/trio/choose?']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("?undecided=yes&parts=pick", "?parts=pick&undecided=yes")]
    [InlineData("?PARTS=Pick&undecided=%20yes%20", "?parts=pick&undecided=yes")]
    [InlineData("?parts=pick&admin=&undecided=yes", "?parts=pick&undecided=yes")]
    [InlineData("?parts=pick&parts=pick", "?parts=pick")]
    public async Task Other_spellings_of_the_same_answers_redirect_permanently_to_one_link(string spelling, string canonical)
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(Result + spelling);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Result + canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_canonical_link_itself_is_served_without_a_redirect()
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(Result + "?parts=pick&undecided=yes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?parts=&admin=&undecided=")]
    public async Task Skipping_everything_asks_for_at_least_one_answer(string query)
    {
        var page = await _client.GetPageAsync(Result + query, HttpStatusCode.BadRequest);

        Assert.Equal("Answer at least one question to get a recommendation.", page.Text("[role=alert]"));
        Assert.NotNull(page.QuerySelector("form.chooser"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task Unreadable_parts_of_a_link_are_ignored_with_a_notice_and_never_echoed_as_markup()
    {
        var page = await _client.GetPageAsync(Result + "?parts=pick&zzz=%3Cscript%3Ealert(1)%3C%2Fscript%3E&admin=nope");

        Assert.Equal("Quill fits best", page.Text("h1"));
        var notices = page.QuerySelectorAll(".notice li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["zzz=<script>alert(1)</script>: There is no question with this id.", "admin=nope: This question has no such answer."], notices);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal("http://localhost/compare/trio/choose/result?parts=pick", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_link_longer_than_any_we_make_is_refused_with_a_way_forward()
    {
        // Junk beside the answers no longer counts (see ShareLinkTrackingTests); the answers themselves, repeated past
        // anything the chooser makes, still do.
        var page = await _client.GetPageAsync(Result + "?" + string.Join('&', Enumerable.Repeat("parts=pick", 70)), HttpStatusCode.BadRequest);

        Assert.Contains("longer than any the chooser makes", page.Text("[role=alert]"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form.chooser"));
    }

    [Fact]
    public async Task Comparison_pages_link_to_the_chooser_only_where_there_is_one()
    {
        var trio = await _client.GetPageAsync("/compare/trio");
        var duo = await _client.GetPageAsync("/compare/duo");

        Assert.NotNull(trio.QuerySelector($".comparison-nav a[href='{Form}']"));
        Assert.Null(duo.QuerySelector(".comparison-nav a[href='/compare/duo/choose']"));
        await _client.GetPageAsync("/compare/duo/choose", HttpStatusCode.NotFound);
        await _client.GetPageAsync("/compare/duo/choose/result?a=b", HttpStatusCode.NotFound);
    }

    private static string Checked(IHtmlDocument page, string question) =>
        page.QuerySelectorAll($"input[type=radio][name={question}]").Cast<IHtmlInputElement>().Single(r => r.IsDefaultChecked).Value;

    private static string Meta(IHtmlDocument page, string name) =>
        page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"no meta {name}");

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
