using System.Net;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// Share links as they come back from the web: with long click ids from ad platforms, campaign parameters from mail
/// tools, and junk. The recipient still sees the answers; tracking is dropped with a permanent redirect and no notice.
/// </summary>
public sealed class DecoratedShareLinkTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Result = "/compare/trio/choose/result";
    private const string Canonical = Result + "?parts=pick&undecided=yes";

    public static TheoryData<string> Decorations => new()
    {
        "&fbclid=IwAR" + new string('x', 1_000),
        "&gclid=" + new string('g', 700) + "&gclsrc=aw.ds",
        "&utm_source=newsletter&utm_medium=email&utm_campaign=spring-2026&utm_content=button&utm_term=framework",
        "&mc_cid=1a2b3c&mc_eid=4d5e6f&igshid=abc&si=xyz&ref=producthunt&msclkid=" + new string('m', 300),
    };

    [Theory]
    [MemberData(nameof(Decorations))]
    public async Task Tracking_parameters_of_any_length_are_dropped_by_a_permanent_redirect_to_the_canonical_link(string decoration)
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(Result + "?undecided=yes" + decoration + "&parts=pick");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Decorations))]
    public async Task Followed_the_decorated_link_shows_the_answers_with_no_notice(string decoration)
    {
        var page = await site.CreateClient().GetPageAsync(Result + "?parts=pick" + decoration + "&undecided=yes");

        Assert.Equal("Quill fits best", page.Text("h1"));
        Assert.Null(page.QuerySelector(".notice"));
    }

    [Fact]
    public async Task Junk_beside_the_answers_keeps_the_answers_and_says_what_was_ignored()
    {
        var page = await site.CreateClient().GetPageAsync(Result + "?parts=pick&notes=" + new string('x', 2_000) + "&%E2%80%A6=&zzz=1");

        Assert.Equal("Quill fits best", page.Text("h1"));
        var notices = page.QuerySelectorAll(".notice li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["notes=" + new string('x', 40) + "…: This is longer than any question or answer id.", "…=: There is no question with this id.", "zzz=1: There is no question with this id."], notices);
    }

    [Fact]
    public async Task Tracking_and_junk_together_redirect_to_the_link_without_the_tracking_and_keep_the_notice()
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(Result + "?parts=pick&utm_source=x&zzz=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Result + "?parts=pick&zzz=1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_link_a_mail_client_escaped_twice_keeps_every_answer()
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync(Result + "?parts=pick&amp;undecided=yes");

        Assert.Equal(Canonical, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_questionnaire_drops_tracking_too_and_keeps_the_answers_it_was_given()
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync("/compare/trio/choose?parts=pick&utm_source=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/compare/trio/choose?parts=pick", response.Headers.Location!.OriginalString);
    }
}
