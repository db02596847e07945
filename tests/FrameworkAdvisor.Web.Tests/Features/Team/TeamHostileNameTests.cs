using System.Net;
using System.Text;
using AngleSharp.Html.Parser;

namespace FrameworkAdvisor.Web.Tests.Features.Team;

/// <summary>
/// Names are the visitor's words and travel in links: markup is escaped wherever it is shown, and what cannot be a
/// name (control characters, 10 KB) is refused with a 4xx, on the page, the join form, the card, the record and the API.
/// </summary>
public sealed class TeamHostileNameTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Markup = "<script>x</script>\"'&";

    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string> Refused => new()
    {
        "a\u0000b",
        "tab\there",
        "line\nbreak",
        "\u001b[31mred",
        new string('n', 10 * 1024),
    };

    [Fact]
    public async Task Markup_in_a_name_is_shown_as_text_on_the_page_and_the_join_form()
    {
        var link = $"/compare/trio/choose/team?_m={Uri.EscapeDataString(Markup[..20])}&_m=Bob&parts=pick.either";

        foreach (var path in new[] { link, link.Replace("/team?", "/team/join?", StringComparison.Ordinal) })
        {
            using var response = await _client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("<script>x", html, StringComparison.Ordinal);
            Assert.Contains(Markup[..20], new HtmlParser().ParseDocument(html).Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Markup_in_a_name_stays_text_in_the_decision_record()
    {
        var record = await _client.GetStringAsync($"/compare/trio/choose/team/decision-record?_m={Uri.EscapeDataString("*[x](javascript:y)*")}&_m=Bob&parts=pick.either");

        Assert.Contains(@"\*\[x\]\(javascript\:y\)\*", record, StringComparison.Ordinal);
        Assert.Contains("decision-makers: [\"*[x](javascript:y)*\", \"Bob\"]", record, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_name_that_cannot_be_one_is_refused_with_a_4xx_everywhere(string name)
    {
        var escaped = Uri.EscapeDataString(name);
        string[] paths =
        [
            $"/compare/trio/choose/team?_m={escaped}&_m=Bob&parts=pick.either",
            $"/compare/trio/choose/team/join?_m={escaped}&parts=pick",
            $"/compare/trio/choose/team/add?_name={escaped}&parts=pick",
            $"/compare/trio/choose/team/decision-record?_m={escaped}&_m=Bob&parts=pick.either",
            $"/cards/compare/trio/choose/team.png?_m={escaped}&_m=Bob&parts=pick.either",
        ];
        foreach (var path in paths)
        {
            using var response = await _client.GetAsync(path);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path[..Math.Min(80, path.Length)]} answered {(int)response.StatusCode}");
            Assert.DoesNotContain(name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var body = "{\"members\": [{\"name\": " + System.Text.Json.JsonSerializer.Serialize(name) + ", \"answers\": {\"parts\": \"pick\"}}, {\"answers\": {\"admin\": \"needed\"}}]}";
        using var api = await _client.PostAsync("/api/comparisons/trio/team-recommendation", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.True((int)api.StatusCode is 400 or 413, $"the API answered {(int)api.StatusCode}");
    }
}
