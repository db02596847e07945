using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// "Save as a decision record": a result as a MADR Markdown file, from a plain link on the result page and from the
/// API. The expected record was checked by hand against the fixture: parts=pick gives Quill 2 (quill-pick-every-part),
/// admin=needed gives Lantern 1 (lantern-needs-admin, which has an editor's note); a lead of 1 in 3 is a leaning; and
/// dropping the Quill answer, by "I do not mind" or by skipping it, leaves Lantern ahead 1–0.
/// </summary>
public sealed class DecisionRecordTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Record = "/compare/trio/choose/decision-record?admin=needed&parts=pick";

    private const string Expected = """
        ---
        status: proposed
        ---

        # Quill fits best (Quill vs Lantern vs Harbor)

        ## Context and Problem Statement

        We are choosing a web framework: Quill, Lantern or Harbor. We answered 2 of the 3 questions of FrameworkAdvisor’s “Pick one for me” for [Quill vs Lantern vs Harbor](http://localhost/compare/trio), which scores the answers against the recommendation rules of the article behind that comparison. It scores the article’s advice, not anyone else’s.

        | Question | Our answer |
        | --- | --- |
        | Do you want to choose every part yourself? | Yes, every part |
        | Do you need an admin screen on day one? | Yes |
        | Are you still undecided? | *skipped, so it counts for nothing* |

        ## Considered Options

        * Quill
        * Lantern
        * Harbor

        ## Decision Outcome

        Chosen option: “Quill”, because our answers gave it the most points (Quill 2 points, Lantern 1 point, Harbor 0 points).

        Confidence: **Leaning.** Your answers lean one way, but not by much. How the site judges this: A toss-up when the top two are level or the lead is under 20% of all points; a clear fit when the lead is at least 50% of all points and at least 3 points; otherwise a leaning.

        ## Pros and Cons of the Options

        ### Quill

        * Good, because we answered “Yes, every part” to “Do you want to choose every part yourself?”: 2 points from the rule “You want to choose every part yourself.” ([quill-pick-every-part](http://localhost/compare/trio/recommendations#quill-pick-every-part); [where the site states it](http://localhost/compare/trio/frameworks/quill#choose-it-if)).

        ### Lantern

        * Good, because we answered “Yes” to “Do you need an admin screen on day one?”: 1 point from the rule “You need an admin screen on day one.” ([lantern-needs-admin](http://localhost/compare/trio/recommendations#lantern-needs-admin); [where the site states it](http://localhost/compare/trio/aspects/admin#lantern)).
          * Editor’s note, the site’s doubt about this rule: The source also says Harbor has an admin, as a separate package ([its documentation](https://harbor.example/docs/admin)).

        ### Harbor

        * Neutral, because none of our answers matched a rule that favours Harbor.

        ## More Information

        * Scores: Quill 2 points, Lantern 1 point, Harbor 0 points.
        * What would change it, with the fewest answer changes:
          * Change “Do you want to choose every part yourself?” from “Yes, every part” to “I do not mind”. Then Lantern would be recommended ([that result](http://localhost/compare/trio/choose/result?admin=needed&parts=either)).
          * Skip “Do you want to choose every part yourself?” instead of answering “Yes, every part”. Then Lantern would be recommended ([that result](http://localhost/compare/trio/choose/result?admin=needed)).
        * This result online, with every reason: http://localhost/compare/trio/choose/result?admin=needed&parts=pick
        * The article’s rules, with the site’s notes where it contradicts itself: http://localhost/compare/trio/recommendations

        """;

    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task The_record_of_a_hand_checked_result_is_exactly_as_expected()
    {
        using var response = await _client.GetAsync(Record);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("trio-decision-record.md", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(Expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_result_page_links_to_its_record_with_a_plain_link_that_needs_no_script()
    {
        var page = await _client.GetPageAsync("/compare/trio/choose/result?admin=needed&parts=pick");

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Save as a decision record");
        Assert.Equal(Record, link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
    }

    [Fact]
    public async Task The_api_gives_the_same_record_to_a_client_that_asks_for_markdown()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/comparisons/trio/recommendation")
        {
            Content = new StringContent("""{"answers": {"parts": "pick", "admin": "needed"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_record_link_with_tracking_or_in_another_spelling_redirects_to_the_canonical_one()
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync("/compare/trio/choose/decision-record?PARTS=pick&admin=needed&utm_source=x");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Record, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_record_for_a_comparison_without_a_chooser_gets_the_sites_404_page()
    {
        var page = await _client.GetPageAsync("/compare/duo/choose/decision-record?a=b", HttpStatusCode.NotFound);

        Assert.NotNull(page.QuerySelector("h1"));
    }
}
