using AngleSharp.Html.Dom;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// What a visitor and a link preview read about a result never claims more than its scores show. Scores by hand from
/// the fixture (see ChooserPagesTests): parts=either is neutral, admin=needed gives Lantern 1, undecided=yes gives
/// Harbor 1 and is also the tie-break rule, which favours Harbor.
/// </summary>
public sealed class HonestResultTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Result = "/compare/trio/choose/result";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task A_toss_up_settled_by_the_tie_break_says_so_in_the_heading_title_previews_and_card_text()
    {
        var page = await _client.GetPageAsync(Result + "?parts=either");
        const string headline = "A toss-up: the article’s tie-break points to Harbor";

        Assert.Equal("It’s a toss-up", page.Text("h1"));
        Assert.StartsWith("If you must pick: Harbor", page.Text(".must-pick"), StringComparison.Ordinal);
        Assert.Equal($"{headline} — Quill vs Lantern vs Harbor · FrameworkAdvisor", page.Title);
        Assert.Equal($"{headline} · Quill vs Lantern vs Harbor", Meta(page, "og:title"));
        Assert.Equal($"{headline} · Quill vs Lantern vs Harbor", Meta(page, "twitter:title"));
        Assert.StartsWith($"{headline}. Toss-up:", Meta(page, "og:image:alt"), StringComparison.Ordinal);
        Assert.DoesNotContain("fits best", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tie_break_is_the_articles_rule_for_close_calls_and_never_says_you_cannot_decide_unless_you_said_so()
    {
        var unsaid = (await _client.GetPageAsync(Result + "?parts=either")).Text(".tie-break");
        var said = (await _client.GetPageAsync(Result + "?admin=needed&undecided=yes")).Text(".tie-break");

        Assert.Contains("the article’s rule for close calls, its tie-break, decides: it points to Harbor", unsaid, StringComparison.Ordinal);
        Assert.DoesNotContain("cannot decide", unsaid, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("you said", unsaid, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("you said you still find it hard to choose", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_one_point_answer_is_a_slight_lean_and_the_confidence_says_the_same()
    {
        var page = await _client.GetPageAsync(Result + "?admin=needed");

        Assert.Equal("A slight lean towards Lantern", page.Text("h1"));
        Assert.Equal("Leaning. One answer worth a single point is all that separates the frameworks: a slight lean, not a strong preference.",
            string.Join(' ', page.Text(".confidence").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("A slight lean towards Lantern · Quill vs Lantern vs Harbor", Meta(page, "og:title"));
    }

    [Fact]
    public async Task Result_pages_ask_search_engines_not_to_index_them_but_to_follow_their_links_and_other_pages_stay_indexed()
    {
        var result = await _client.GetPageAsync(Result + "?parts=pick");
        var questionnaire = await _client.GetPageAsync("/compare/trio/choose");
        var comparison = await _client.GetPageAsync("/compare/trio");

        Assert.Equal("noindex, follow", result.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(questionnaire.QuerySelector("meta[name=robots]"));
        Assert.Null(comparison.QuerySelector("meta[name=robots]"));
    }

    private static string Meta(IHtmlDocument page, string name) =>
        page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"no meta {name}");
}
