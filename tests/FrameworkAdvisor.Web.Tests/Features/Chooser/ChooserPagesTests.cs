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
    public async Task Questionnaire_is_a_plain_GET_form_in_which_every_question_starts_unanswered_and_can_be_left_so()
    {
        var page = await _client.GetPageAsync(Form);

        var form = (IHtmlFormElement)page.QuerySelector("form.chooser")!;
        Assert.Equal("get", form.Method.ToLowerInvariant());
        Assert.Equal(Result, form.GetAttribute("action"));
        foreach (var question in new[] { "parts", "admin", "undecided" })
        {
            // Skipping is the unanswered state, not an answer: only real options, none chosen.
            var radios = page.QuerySelectorAll($"input[type=radio][name={question}]").Cast<IHtmlInputElement>().ToList();
            Assert.Equal(2, radios.Count);
            Assert.DoesNotContain(radios, r => r.Value == "" || r.IsDefaultChecked);
            var matters = (IHtmlInputElement)page.QuerySelector($"input[type=checkbox][name={question}]")!;
            Assert.Equal(("!", false), (matters.Value, matters.IsDefaultChecked));
            Assert.Equal("This matters a lot to me", matters.ParentElement!.TextContent.Trim());
        }

        Assert.NotNull(page.QuerySelector("form.chooser button[type=submit]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
    }

    [Fact]
    public async Task Questionnaire_opens_prefilled_from_a_link_so_answers_can_be_changed()
    {
        var page = await _client.GetPageAsync(Form + "?parts=!pick&undecided=no");

        Assert.Equal("pick", Checked(page, "parts"));
        Assert.Equal("", Checked(page, "admin"));
        Assert.Equal("no", Checked(page, "undecided"));
        Assert.True(((IHtmlInputElement)page.QuerySelector("input[type=checkbox][name=parts]")!).IsDefaultChecked);
        Assert.False(((IHtmlInputElement)page.QuerySelector("input[type=checkbox][name=undecided]")!).IsDefaultChecked);
    }

    [Fact]
    public async Task Result_names_the_recommendation_its_confidence_and_draws_the_scores()
    {
        var page = await _client.GetPageAsync(Result + "?admin=needed&parts=pick&undecided=yes");

        Assert.Equal("Quill fits best", page.Text("h1"));
        Assert.Equal("/compare/trio/frameworks/quill", page.QuerySelector("h1 a")!.GetAttribute("href"));
        Assert.StartsWith("Leaning.", page.Text(".confidence"), StringComparison.Ordinal);
        Assert.Contains("a clear fit when the lead is at least 50% of all points and at least 3 points",
            page.Text(".how-judged"), StringComparison.Ordinal);
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

        var rows = page.QuerySelectorAll("ol.reasons > li").ToList();
        Assert.Equal(2, rows.Count);
        var parts = rows[0];
        Assert.Equal("Do you want to choose every part yourself?", parts.QuerySelector(".reason-question")!.TextContent.Trim());
        Assert.Equal("Yes, every part", parts.QuerySelector(".reason-option")!.TextContent.Trim());
        var links = parts.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/compare/trio/recommendations#quill-pick-every-part", "/compare/trio/frameworks/quill#choose-it-if"], links);
        Assert.Equal("+2 Quill", Squash(parts.QuerySelector(".points")!.TextContent));
        Assert.Null(parts.QuerySelector(".points-why"));
        Assert.Contains("Editor’s note", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal(["/compare/trio/aspects/admin"], page.QuerySelectorAll("#read-more ~ ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Neutral_answer_is_listed_with_no_points_and_the_tie_break_decides_and_says_so()
    {
        var page = await _client.GetPageAsync(Result + "?parts=either");

        Assert.Equal("It’s a toss-up", page.Text("h1"));
        Assert.Equal("If you must pick: Harbor — the article’s rule for close calls", Squash(page.Text(".must-pick")));
        Assert.Equal(["/compare/trio/frameworks/harbor", "/compare/trio/recommendations#harbor-undecided"],
            page.QuerySelectorAll(".must-pick a").Select(a => a.GetAttribute("href")));
        Assert.StartsWith("Toss-up.", page.Text(".confidence"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("ol.reasons > li"));
        var quiet = page.QuerySelectorAll(".quiet-answers li").ToList();
        Assert.Contains("I do not mind: no rule, a neutral answer", Squash(quiet[0].TextContent), StringComparison.Ordinal);
        var tieBreak = page.QuerySelector(".tie-break")!;
        Assert.Contains("Decided by the article’s tie-break.", tieBreak.TextContent, StringComparison.Ordinal);
        Assert.Equal("/compare/trio/recommendations#harbor-undecided", tieBreak.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("1 neutral answer and 2 skipped questions count for nothing", page.Text(".quiet-answers summary"));
        Assert.Equal(["Do you need an admin screen on day one? skipped", "Are you still undecided? skipped"], quiet.Skip(1).Select(li => Squash(li.TextContent)));
    }

    [Fact]
    public async Task When_no_answer_gives_points_the_bars_stay_empty_rather_than_showing_equal_shares()
    {
        var page = await _client.GetPageAsync(Result + "?parts=either");

        Assert.Equal(["Quill 0 points", "Lantern 0 points", "Harbor 0 points"], page.QuerySelectorAll(".score-bar").Select(b => Squash(b.TextContent)));
        Assert.All(page.QuerySelectorAll(".score-bar rect.bar-fill"), fill => Assert.Equal("0", fill.GetAttribute("width")));
    }

    [Fact]
    public async Task What_would_change_offers_the_single_change_that_flips_it_and_links_to_that_result()
    {
        // Quill 2–0–0. Dropping to "I do not mind" levels everything at 0, and the tie-break gives Harbor; adding
        // Lantern's or Harbor's point leaves Quill ahead; skipping the only answer leaves nothing to score.
        var page = await _client.GetPageAsync(Result + "?parts=pick");

        var suggestion = Assert.Single(page.QuerySelectorAll("ol.changes > li"));
        Assert.Equal("Do you want to choose every part yourself? Answer “I do not mind” → Harbor, by the tie-break",
            Squash(suggestion.TextContent));
        var link = suggestion.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(Result + "?parts=either", link);
        Assert.Equal("If you must pick: Harbor — the article’s rule for close calls", Squash((await _client.GetPageAsync(link)).Text(".must-pick")));
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

    [Fact]
    public async Task An_answer_that_matters_a_lot_shows_its_doubled_points_in_the_reasons()
    {
        var page = await _client.GetPageAsync(Result + "?admin=needed&parts=!pick");

        var parts = page.QuerySelectorAll("ol.reasons > li").First(li => li.TextContent.Contains("every part yourself", StringComparison.Ordinal));
        Assert.Equal("+4 Quill", Squash(parts.QuerySelector(".points")!.TextContent));
        Assert.Equal("2 × 2: it matters a lot to you", Squash(parts.QuerySelector(".points-why")!.TextContent));
        Assert.Equal(["Quill 4 points · 80%", "Lantern 1 point · 20%", "Harbor 0 points · 0%"],
            page.QuerySelectorAll(".score-bar").Select(b => Squash(b.TextContent)));
        Assert.Equal(Form + "?admin=needed&parts=!pick", page.QuerySelector("a.button[href^='/compare/trio/choose?']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_forms_matters_a_lot_box_is_redirected_to_the_short_marked_link()
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(Result + "?parts=pick&parts=!&admin=needed");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Result + "?admin=needed&parts=!pick", response.Headers.Location!.OriginalString);
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
        // Junk beside the answers is set aside rather than counted (see ShareLinkTrackingTests); the answers
        // themselves, repeated past anything the chooser makes, are counted.
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

    /// <summary>The question's chosen option, or "" when it is unanswered.</summary>
    private static string Checked(IHtmlDocument page, string question) =>
        page.QuerySelectorAll($"input[type=radio][name={question}]").Cast<IHtmlInputElement>().SingleOrDefault(r => r.IsDefaultChecked)?.Value ?? "";

    private static string Meta(IHtmlDocument page, string name) =>
        page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"no meta {name}");

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
