using System.Net;
using System.Text;
using System.Text.Json;

namespace FrameworkAdvisor.Web.Tests.Features.Team;

/// <summary>POST /api/comparisons/{slug}/team-recommendation, held to what the recommendation endpoint says of each member.</summary>
public sealed class TeamApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string, string> Teams => new()
    {
        { """{"parts": "pick", "admin": "needed"}""", """{"parts": "either", "admin": {"option": "needed", "importance": "high"}, "undecided": "yes"}""" },
        { """{"undecided": "yes"}""", """{"admin": "later"}""" },
        { """{"parts": {"option": "pick", "importance": "high"}}""", """{"admin": "needed", "undecided": "no"}""" },
    };

    [Theory]
    [MemberData(nameof(Teams))]
    public async Task The_team_score_is_the_sum_of_the_members_scores_from_the_recommendation_api(string first, string second)
    {
        var one = await RecommendAsync(first);
        var two = await RecommendAsync(second);

        var team = await TeamAsync($$"""{"members": [{"name": "Ana", "answers": {{first}}}, {"name": "Bob", "answers": {{second}}}]}""");

        var expected = Points(one).Zip(Points(two), (a, b) => (a.Framework, a.Points + b.Points));
        Assert.Equal(expected, Points(team));
        Assert.Equal(
            [one.GetProperty("recommended").GetProperty("slug").GetString(), two.GetProperty("recommended").GetProperty("slug").GetString()],
            team.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("recommended").GetString()));
        Assert.Equal(
            [one.GetProperty("shareUrl").GetString(), two.GetProperty("shareUrl").GetString()],
            team.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("shareUrl").GetString()));
    }

    [Theory]
    [MemberData(nameof(Teams))]
    public async Task A_team_of_one_person_agreeing_with_themselves_gets_that_persons_result(string answers, string other)
    {
        _ = other;
        var alone = await RecommendAsync(answers);

        var team = await TeamAsync($$"""{"members": [{"name": "Ana", "answers": {{answers}}}, {"name": "Ana", "answers": {{answers}}}]}""");

        Assert.Equal(alone.GetProperty("recommended").GetRawText(), team.GetProperty("recommended").GetRawText());
        Assert.Equal(alone.GetProperty("confidence").GetString(), team.GetProperty("confidence").GetString());
        Assert.Equal(alone.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("share").GetDouble()),
            team.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("share").GetDouble()));
        Assert.All(team.GetProperty("questions").EnumerateArray(), q => Assert.True(q.GetProperty("agreed").GetBoolean()));
        Assert.Empty(team.GetProperty("settle").EnumerateArray());
    }

    [Fact]
    public async Task Questions_and_settle_say_who_answered_what_and_which_agreed_answer_changes_the_outcome()
    {
        var team = await TeamAsync("""
            {"members": [{"name": "Ana", "answers": {"parts": "pick", "admin": "needed"}},
                         {"name": "Bob", "answers": {"parts": "either", "admin": {"option": "needed", "importance": "high"}, "undecided": "yes"}}]}
            """);

        Assert.Equal("lantern", team.GetProperty("recommended").GetProperty("slug").GetString());
        Assert.Equal("toss-up", team.GetProperty("confidence").GetString());
        var parts = team.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("question").GetString() == "parts");
        Assert.False(parts.GetProperty("agreed").GetBoolean());
        Assert.Equal(["Ana=pick", "Bob=either"], parts.GetProperty("answers").EnumerateArray().Select(a => $"{a.GetProperty("name").GetString()}={a.GetProperty("answer").GetString()}"));
        var settle = Assert.Single(team.GetProperty("settle").EnumerateArray());
        Assert.Equal("""{"question":"parts","answer":"pick","recommended":"quill","changes":1}""", settle.GetRawText());
        Assert.Equal("http://localhost/compare/trio/choose/team?_m=Ana&_m=Bob&admin=needed.!needed&parts=pick.either&undecided=.yes", team.GetProperty("teamUrl").GetString());
    }

    [Fact]
    public async Task Each_member_is_checked_as_a_recommendation_is_and_every_problem_is_listed()
    {
        using var response = await _client.PostAsync("/api/comparisons/trio/team-recommendation", Json("""
            {"members": [{"name": "Ana", "answers": {"parts": "nope", "colour": "blue"}}, {"answers": {"admin": null}}]}
            """));
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["members[0].answers.colour", "members[0].answers.parts", "members[1].answers"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    private async Task<JsonElement> RecommendAsync(string answers)
    {
        using var response = await _client.PostAsync("/api/comparisons/trio/recommendation", Json($$"""{"answers": {{answers}}}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<JsonElement> TeamAsync(string body)
    {
        using var response = await _client.PostAsync("/api/comparisons/trio/team-recommendation", Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static IEnumerable<(string? Framework, int Points)> Points(JsonElement result) =>
        result.GetProperty("scores").EnumerateArray().Select(s => (s.GetProperty("framework").GetString(), s.GetProperty("points").GetInt32()));

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
