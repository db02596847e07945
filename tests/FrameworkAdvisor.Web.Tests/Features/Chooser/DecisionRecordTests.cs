using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using FrameworkAdvisor.Web.Tests.Markdownlint;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// "Save as a decision record": a result as a MADR 4.0 Markdown file, from a plain link on the result page and from the
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
        date: # the day the team decides, as YYYY-MM-DD
        decision-makers: # everyone who makes the decision
        consulted: # everyone whose opinion is sought, in a two-way conversation
        informed: # everyone who is kept up to date, one way
        ---

        # Quill fits best (Quill vs Lantern vs Harbor)

        ## Context and Problem Statement

        We are choosing a web framework: Quill, Lantern or Harbor. We answered 2 of the 3 questions of FrameworkAdvisor’s “Pick one for me” for [Quill vs Lantern vs Harbor](http://localhost/compare/trio), which scores the answers against the recommendation rules of the article behind that comparison. It scores the article’s advice, not anyone else’s.

        ## Decision Drivers

        * “Do you want to choose every part yourself?” We answered “Yes, every part”.
        * “Do you need an admin screen on day one?” We answered “Yes”.
        * “Are you still undecided?” We left it unanswered, so it counts for nothing.

        ## Considered Options

        * Quill
        * Lantern
        * Harbor

        ## Decision Outcome

        Chosen option: "Quill", because our answers gave it the most points (Quill 2 points, Lantern 1 point, Harbor 0 points).

        Confidence: **Leaning.** Our answers lean one way, but not by much. How the site judges this: A toss-up when the top two are level or the lead is under 20% of all points; a clear fit when the lead is at least 50% of all points and at least 3 points; otherwise a leaning.

        ### Consequences

        * Good, because Quill suits what the article’s rules say of our answers: “You want to choose every part yourself.”
        * Bad, because we give up what the article’s rules favour Lantern for: “You need an admin screen on day one.”
        * Bad, because changing 1 answer would recommend Lantern instead (see More Information).

        ### Confirmation

        We will know the choice holds while its decision drivers hold. Before we build on Quill, we check each driver above against the project, and again whenever our needs or [the article’s rules](http://localhost/compare/trio/recommendations) change: [the questionnaire with our answers](http://localhost/compare/trio/choose?admin=needed&parts=pick) shows whether a changed answer changes the recommendation.

        ## Pros and Cons of the Options

        ### Quill

        * Good, because we answered “Yes, every part” to “Do you want to choose every part yourself?”: 2 points from the rule “You want to choose every part yourself.” ([quill-pick-every-part](http://localhost/compare/trio/recommendations#quill-pick-every-part); [where the site states it](http://localhost/compare/trio/frameworks/quill#choose-it-if)).
        * Bad, because we answered “Yes” to “Do you need an admin screen on day one?”, and the rule “You need an admin screen on day one.” gives 1 point to Lantern instead ([lantern-needs-admin](http://localhost/compare/trio/recommendations#lantern-needs-admin)).

        ### Lantern

        * Good, because we answered “Yes” to “Do you need an admin screen on day one?”: 1 point from the rule “You need an admin screen on day one.” ([lantern-needs-admin](http://localhost/compare/trio/recommendations#lantern-needs-admin); [where the site states it](http://localhost/compare/trio/aspects/admin#lantern)).
          * Editor’s note, the site’s doubt about this rule: The source also says Harbor has an admin, as a separate package ([its documentation](https://harbor.example/docs/admin)).
        * Bad, because we answered “Yes, every part” to “Do you want to choose every part yourself?”, and the rule “You want to choose every part yourself.” gives 2 points to Quill instead ([quill-pick-every-part](http://localhost/compare/trio/recommendations#quill-pick-every-part)).

        ### Harbor

        * Neutral, because none of our answers matched a rule that favours Harbor.
        * Bad, because we answered “Yes, every part” to “Do you want to choose every part yourself?”, and the rule “You want to choose every part yourself.” gives 2 points to Quill instead ([quill-pick-every-part](http://localhost/compare/trio/recommendations#quill-pick-every-part)).
        * Bad, because we answered “Yes” to “Do you need an admin screen on day one?”, and the rule “You need an admin screen on day one.” gives 1 point to Lantern instead ([lantern-needs-admin](http://localhost/compare/trio/recommendations#lantern-needs-admin)).

        ## More Information

        * Scores: Quill 2 points, Lantern 1 point, Harbor 0 points.
        * What would change it, with the fewest answer changes:
          * Change “Do you want to choose every part yourself?” from “Yes, every part” to “I do not mind”. Then Lantern would be recommended ([that result](http://localhost/compare/trio/choose/result?admin=needed&parts=either)).
          * Skip “Do you want to choose every part yourself?” instead of answering “Yes, every part”. Then Lantern would be recommended ([that result](http://localhost/compare/trio/choose/result?admin=needed)).
        * [This result online, with every reason](http://localhost/compare/trio/choose/result?admin=needed&parts=pick).
        * [The article’s rules, with the site’s notes where it contradicts itself](http://localhost/compare/trio/recommendations), as revised on 2026-10-01.

        """;

    private readonly HttpClient _client = site.CreateClient();

    /// <summary>
    /// One record of each kind: a clear fit (parts=!pick: Quill 4, it matters a lot), a leaning, a toss-up the
    /// tie-break settles with no answer behind it (parts=either), and one the visitor's own answer settles
    /// (admin=needed&amp;undecided=yes: Lantern 1, Harbor 1, and the tie-break favours Harbor).
    /// </summary>
    private static readonly (string Path, string FileName, string Confidence)[] KindsOfRecord =
    [
        ("/compare/trio/choose/decision-record?parts=%21pick", "0001-choose-quill-for-trio.md", "Clear fit"),
        (Record, "0001-choose-quill-for-trio.md", "Leaning"),
        ("/compare/trio/choose/decision-record?parts=either", "0001-choose-harbor-for-trio.md", "Toss-up"),
        ("/compare/trio/choose/decision-record?admin=needed&undecided=yes", "0001-choose-harbor-for-trio.md", "Toss-up"),
    ];

    public static TheoryData<string, string, string> Kinds
    {
        get
        {
            var kinds = new TheoryData<string, string, string>();
            foreach (var (path, fileName, confidence) in KindsOfRecord)
            {
                kinds.Add(path, fileName, confidence);
            }

            return kinds;
        }
    }

    public static TheoryData<string> KindPaths => new(KindsOfRecord.Select(kind => kind.Path));

    [Fact]
    public async Task The_record_of_a_hand_checked_result_is_exactly_as_expected()
    {
        using var response = await _client.GetAsync(Record);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("0001-choose-quill-for-trio.md", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(Expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_record_served_from_the_cache_keeps_its_file_name()
    {
        const string path = "/compare/trio/choose/decision-record?admin=needed";
        using var first = await _client.GetAsync(path);
        using var second = await _client.GetAsync(path);

        Assert.NotNull(second.Headers.Age);
        Assert.Equal("0001-choose-lantern-for-trio.md", first.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("0001-choose-lantern-for-trio.md", second.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("attachment", second.Content.Headers.ContentDisposition?.DispositionType);
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

    [Fact]
    public async Task Every_kind_of_record_passes_markdownlint_with_madrs_own_settings()
    {
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, _, _) in KindsOfRecord)
        {
            records[$"record-{records.Count + 1}.md"] = await _client.GetStringAsync(path);
        }

        Assert.Equal("", await MadrMarkdownlint.LintAsync(records));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_record_has_madrs_sections_file_name_and_fields_left_for_the_team(string path, string fileName, string confidence)
    {
        using var response = await _client.GetAsync(path);
        var record = await response.Content.ReadAsStringAsync();

        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.StartsWith("---\nstatus: proposed\ndate: #", record, StringComparison.Ordinal);
        foreach (var field in new[] { "decision-makers", "consulted", "informed" })
        {
            Assert.Matches($"(?m)^{field}: #", record);
        }

        var headings = Regex.Matches(record, "(?m)^##+ .*$").Select(m => m.Value).ToList();
        Assert.Equal(
            ["## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome", "### Consequences", "### Confirmation", "## Pros and Cons of the Options"],
            headings.Take(7));
        Assert.Contains("## More Information", headings);
        Assert.Contains($"Confidence: **{confidence}.**", record, StringComparison.Ordinal);
        Assert.Matches("(?m)^We will know the choice holds", record);
    }

    [Fact]
    public async Task The_answers_that_matter_a_lot_are_the_first_decision_drivers_and_the_others_follow()
    {
        var record = await _client.GetStringAsync("/compare/trio/choose/decision-record?admin=needed&parts=%21pick");

        var drivers = Section(record, "## Decision Drivers").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "* “Do you want to choose every part yourself?” We answered “Yes, every part”, and it matters a lot to us: its rules count double.",
                "* “Do you need an admin screen on day one?” We answered “Yes”.",
                "* “Are you still undecided?” We left it unanswered, so it counts for nothing.",
            ],
            drivers);
    }

    [Fact]
    public async Task A_rule_that_favoured_another_option_is_a_bad_because_under_each_option_it_did_not_favour()
    {
        var record = await _client.GetStringAsync(Record);

        var quill = Section(record, "### Quill");
        var harbor = Section(record, "### Harbor");
        Assert.Contains("* Bad, because we answered “Yes” to “Do you need an admin screen on day one?”, and the rule “You need an admin screen on day one.” gives 1 point to Lantern instead", quill, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(harbor, "^\\* Bad, because", RegexOptions.Multiline));
        Assert.Contains("* Bad, because we give up what the article’s rules favour Lantern for: “You need an admin screen on day one.”", Section(record, "### Consequences"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parts=either", "though only because the scores are level (Quill 0 points, Lantern 0 points, Harbor 0 points) and the article’s tie-break, its rule for close calls, points to it: a toss-up settled by a tie-break.")]
    [InlineData("admin=needed&undecided=yes", "though only because the scores are level (Quill 0 points, Lantern 1 point, Harbor 1 point) and the article’s tie-break, its rule for close calls, points to it: a toss-up settled by a tie-break.")]
    public async Task A_toss_up_is_called_a_toss_up_and_a_tie_break_a_tie_break(string query, string because)
    {
        var record = await _client.GetStringAsync($"/compare/trio/choose/decision-record?{query}");

        Assert.Contains($"Chosen option: \"Harbor\", {because}", record, StringComparison.Ordinal);
        Assert.Matches("(?m)^# A toss-up: the article’s tie-break points to Harbor \\(Quill vs Lantern vs Harbor\\)$", record);
        Assert.DoesNotContain("fits best", record, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KindPaths))]
    public async Task A_record_speaks_as_we_throughout_and_its_links_are_markdown_links(string path)
    {
        var record = await _client.GetStringAsync(path);

        // The questions and the article's rules are quoted as they stand, "you" and all; our own words never say it.
        var ours = Regex.Replace(record, "“[^”]*”", "“…”");
        Assert.DoesNotMatch("(?i)\\byou(r|rs)?\\b", ours);
        Assert.Matches("(?m)^We are choosing", record);
        Assert.All(Regex.Matches(record, "https?://").Select(m => record[..m.Index]), before => Assert.EndsWith("](", before, StringComparison.Ordinal));
    }

    /// <summary>A section's text, from its heading line to the next heading of any level.</summary>
    private static string Section(string record, string heading)
    {
        var start = record.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' in the record");
        var body = record[(start + heading.Length + 1)..];
        var next = Regex.Match(body, "(?m)^#");
        return next.Success ? body[..next.Index] : body;
    }
}
