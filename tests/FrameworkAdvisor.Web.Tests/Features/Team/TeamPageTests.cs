using System.Net;
using AngleSharp.Html.Dom;

namespace FrameworkAdvisor.Web.Tests.Features.Team;

/// <summary>
/// The team page over the fixture (parts=pick gives Quill 2; admin=needed gives Lantern 1, doubled when it matters a
/// lot; undecided=yes gives Harbor 1, the tie-break). Ana: parts=pick, admin=needed → Quill 2, Lantern 1. Bob:
/// parts=either, admin=needed marked, undecided=yes → Lantern 2, Harbor 1. The team: Quill 2, Lantern 3, Harbor 1,
/// so Lantern, a toss-up (a lead of 1 in 6). They disagree on parts only; if both picked every part, Quill would get
/// 4 and be recommended: one member's change.
/// </summary>
public sealed class TeamPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    public const string Team = "/compare/trio/choose/team?_m=Ana&_m=Bob&admin=needed.!needed&parts=pick.either&undecided=.yes";

    private readonly HttpClient _client = site.CreateClient();
    private readonly HttpClient _noRedirects = site.CreateClientWithoutRedirects();

    [Fact]
    public async Task The_page_shows_the_team_verdict_each_member_where_they_disagree_and_what_would_settle_it()
    {
        var page = await _client.GetPageAsync(Team);

        Assert.Contains("Lantern", page.Text("h1"), StringComparison.Ordinal);
        Assert.Contains("Toss-up", page.Text(".confidence"), StringComparison.Ordinal);
        Assert.Equal(["Quill 2 points · 33%", "Lantern 3 points · 50%", "Harbor 1 point · 17%"],
            page.QuerySelectorAll(".score-bar").Select(b => $"{b.QuerySelector(".score-name")!.TextContent} {b.QuerySelector(".score-value")!.TextContent}"));
        Assert.Equal(["Ana Quill fits best", "Bob Lantern fits best"], page.QuerySelectorAll(".team-members li").Select(Squeezed));
        Assert.Equal("/compare/trio/choose/result?admin=needed&parts=pick", page.QuerySelector(".team-members li a")!.GetAttribute("href"));

        var disputed = Assert.Single(page.QuerySelectorAll(".team-disputed"));
        Assert.Contains("choose every part yourself", disputed.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Ana: Yes, every part", "Bob: I do not mind"], disputed.QuerySelectorAll(".team-answers li").Select(Squeezed));
        Assert.Contains("Bob: Yes (matters a lot)", page.QuerySelectorAll(".team-question").Select(Squeezed).Single(q => q.Contains("admin", StringComparison.Ordinal)), StringComparison.Ordinal);

        var settle = Assert.Single(page.QuerySelectorAll(".settle > li"));
        var changes = Assert.Single(settle.QuerySelectorAll(".settle-changes"));
        Assert.Contains("If everyone answered “Yes, every part”: Quill", Squeezed(changes), StringComparison.Ordinal);
        Assert.Contains("1 member would change their answer", Squeezed(changes), StringComparison.Ordinal);
        Assert.Contains("How the team score works", page.Text(".team-how summary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_never_indexed_and_its_previews_use_the_team_card()
    {
        var page = await _client.GetPageAsync(Team);

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.EndsWith("/cards/compare/trio/choose/team.png?" + Team.Split('?')[1],
            page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("http://localhost" + Team, ((IHtmlInputElement)page.QuerySelector("#share-url")!).Value);
    }

    [Fact]
    public async Task A_person_starts_a_team_from_their_result_and_a_teammate_joins_from_the_team_page()
    {
        var result = await _client.GetPageAsync("/compare/trio/choose/result?admin=needed&parts=pick");
        var start = (IHtmlFormElement)result.QuerySelector(".team-start form")!;
        var fields = start.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().Select(i => $"{i.Name}={Uri.EscapeDataString(i.Value)}");
        using var started = await _noRedirects.GetAsync($"{start.Action}?{string.Join('&', fields)}&_name=Ana");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal("/compare/trio/choose/team?_m=Ana&admin=needed&parts=pick", started.Headers.Location!.OriginalString);

        var invitation = await _client.GetPageAsync(started.Headers.Location.OriginalString);
        Assert.Empty(invitation.QuerySelectorAll(".score-bar"));
        var join = await _client.GetPageAsync(invitation.QuerySelector("a[href*='/team/join']")!.GetAttribute("href")!);
        var form = (IHtmlFormElement)join.QuerySelector("form.chooser")!;
        Assert.Equal("/compare/trio/choose/team/add", form.GetAttribute("action"));
        Assert.Contains("Ana", join.Text(".team-join"), StringComparison.Ordinal);
        var team = Uri.EscapeDataString(((IHtmlInputElement)form.QuerySelector("input[name=_team]")!).Value);
        using var joined = await _noRedirects.GetAsync($"/compare/trio/choose/team/add?_team={team}&_name=Bob&parts=either&admin=needed&admin=!&undecided=yes");

        Assert.Equal(Team, joined.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Another_spelling_or_tracking_parameters_redirect_to_the_one_team_link()
    {
        using var shuffled = await _noRedirects.GetAsync("/compare/trio/choose/team?parts=PICK.either&_m=Ana&undecided=.yes&_m=Bob&admin=needed.!needed");
        using var tracked = await _noRedirects.GetAsync(Team + "&utm_source=chat&fbclid=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, shuffled.StatusCode);
        Assert.Equal(Team, shuffled.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, tracked.StatusCode);
        Assert.Equal(Team, tracked.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unreadable_member_is_left_out_and_the_page_says_so_and_junk_is_listed()
    {
        var page = await _client.GetPageAsync(Team.Replace("_m=Bob", "_m=Bob&_m=Cy", StringComparison.Ordinal)
            .Replace("parts=pick.either", "parts=pick.either.nonsense", StringComparison.Ordinal) + "&colour=blue");

        Assert.Contains("Cy is left out", page.Text(".notice-problem"), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".team-members li").Length);
        Assert.Contains("colour=blue", page.QuerySelector(".notice[role=status]:not(.notice-problem)")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/compare/trio/choose/team?admin=needed", "names no members")]
    [InlineData("/compare/trio/choose/team?_m=abcdefghijklmnopqrstuvwxy&admin=needed", "longer than 24")]
    [InlineData("/compare/trio/choose/team?_m=a%00b&admin=needed", "control characters")]
    [InlineData("/compare/trio/choose/team?_m=Ana&admin=nonsense", "None of the members")]
    [InlineData("/compare/trio/choose/team?_m=1&_m=2&_m=3&_m=4&_m=5&_m=6&_m=7&_m=8&_m=9&_m=10&_m=11&_m=12&_m=13&admin=needed", "more than 12 members")]
    [InlineData("/compare/trio/choose/team/add?_name=abcdefghijklmnopqrstuvwxy&admin=needed", "up to 24 characters")]
    [InlineData("/compare/trio/choose/team/join?_m=1&_m=2&_m=3&_m=4&_m=5&_m=6&_m=7&_m=8&_m=9&_m=10&_m=11&_m=12&admin=needed.needed.needed.needed.needed.needed.needed.needed.needed.needed.needed.needed", "already has 12 members")]
    public async Task A_link_over_the_limits_gets_the_400_page_with_the_reason(string path, string reason)
    {
        var page = await _client.GetPageAsync(path, HttpStatusCode.BadRequest);

        Assert.Contains(reason, page.Text("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Joining_with_nothing_answered_goes_back_to_the_form_with_the_team_kept()
    {
        var page = await _client.GetPageAsync("/compare/trio/choose/team/add?_team=" + Uri.EscapeDataString("_m=Ana&parts=pick") + "&_name=Bob", HttpStatusCode.BadRequest);

        Assert.Contains("Answer at least one question", page.Text("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal("_m=Ana&parts=pick", ((IHtmlInputElement)page.QuerySelector("input[name=_team]")!).Value);
    }

    [Fact]
    public async Task The_team_page_is_cached_under_its_own_link_like_a_share_link()
    {
        using var first = await _client.GetAsync(Team + "&x=1");
        using var second = await _client.GetAsync(Team + "&x=1");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
    }

    private static string Squeezed(AngleSharp.Dom.IElement element) =>
        System.Text.RegularExpressions.Regex.Replace(element.TextContent, @"\s+", " ").Trim();
}
