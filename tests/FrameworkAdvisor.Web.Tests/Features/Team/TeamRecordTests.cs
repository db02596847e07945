using System.Net;
using FrameworkAdvisor.Web.Tests.Markdownlint;

namespace FrameworkAdvisor.Web.Tests.Features.Team;

/// <summary>The team's decision record: MADR, with the members as decision makers, their drivers and the disagreements.</summary>
public sealed class TeamRecordTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task The_record_names_the_members_lists_their_drivers_and_records_what_would_settle_it()
    {
        using var response = await _client.GetAsync(TeamPageTests.Team.Replace("/team?", "/team/decision-record?", StringComparison.Ordinal));
        var record = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("0001-choose-lantern-for-trio-as-a-team.md", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("decision-makers: [\"Ana\", \"Bob\"]", record, StringComparison.Ordinal);
        Assert.Contains("* Ana’s answers, which on their own recommend Quill:", record, StringComparison.Ordinal);
        Assert.Contains("  * “Do you need an admin screen on day one?” “Yes”, and it matters a lot", record, StringComparison.Ordinal);
        Assert.Contains("Chosen option: \"Lantern\"", record, StringComparison.Ordinal);
        Assert.Contains("* Where we disagree:", record, StringComparison.Ordinal);
        Assert.Contains("If we all answered “Yes, every part” to “Do you want to choose every part yourself?”: Quill", record, StringComparison.Ordinal);
        foreach (var section in new[] { "## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome", "### Consequences", "### Confirmation", "## Pros and Cons of the Options", "## More Information" })
        {
            Assert.Contains("\n" + section + "\n", record, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Team_records_pass_markdownlint_with_madrs_own_settings()
    {
        string[] teams =
        [
            TeamPageTests.Team,
            "/compare/trio/choose/team?_m=Ana&_m=&undecided=yes.yes",
            "/compare/trio/choose/team?_m=" + Uri.EscapeDataString("# *Zoë* <b>_x_</b> [y]") + "&_m=B&parts=pick.either&admin=.needed",
        ];
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var team in teams)
        {
            records[$"team-{records.Count + 1}.md"] = await _client.GetStringAsync(team.Replace("/team?", "/team/decision-record?", StringComparison.Ordinal));
        }

        Assert.Equal("", await MadrMarkdownlint.LintAsync(records));
    }

    [Fact]
    public async Task The_team_page_links_to_its_record()
    {
        var page = await _client.GetPageAsync(TeamPageTests.Team);

        Assert.Equal(TeamPageTests.Team.Replace("/team?", "/team/decision-record?", StringComparison.Ordinal), page.QuerySelector("a[download]")!.GetAttribute("href"));
    }
}
