using System.Net;
using System.Text;
using System.Text.Json;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Features.Chooser;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// The JSON API's contract, field names included, and a clear ProblemDetails for every kind of bad request.
/// Expected values are worked out by hand from the fixture (see ChooserPagesTests).
/// </summary>
public sealed class ChooserApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Recommendation = "/api/comparisons/trio/recommendation";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Comparisons_are_listed_with_slug_title_and_frameworks()
    {
        var json = await GetJsonAsync("/api/comparisons");

        Assert.Equal(
            """[{"slug":"trio","title":"Quill vs Lantern vs Harbor","frameworks":[{"slug":"quill","title":"Quill"},{"slug":"lantern","title":"Lantern"},{"slug":"harbor","title":"Harbor"}]},""" +
            """{"slug":"duo","title":"Kettle vs Teapot","frameworks":[{"slug":"kettle","title":"Kettle"},{"slug":"teapot","title":"Teapot"}]}]""",
            json.GetRawText());
    }

    [Fact]
    public async Task Questionnaire_lists_questions_with_id_text_why_and_options()
    {
        var json = await GetJsonAsync("/api/comparisons/trio/questionnaire");

        var questions = json.GetProperty("questions");
        Assert.Equal(["parts", "admin", "undecided"], questions.EnumerateArray().Select(q => q.GetProperty("id").GetString()));
        Assert.Equal(
            """{"id":"admin","text":"Do you need an admin screen on day one?","why":"The source says Lantern ships one.","options":[{"id":"needed","label":"Yes"},{"id":"later","label":"Not yet"}]}""",
            questions[1].GetRawText());
    }

    [Fact]
    public async Task Recommendation_returns_the_pick_scores_confidence_reasons_changes_and_share_url()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {"parts": "pick", "undecided": null}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ReadJsonAsync(response);
        Assert.Equal(["recommended", "scores", "confidence", "contributions", "changes", "shareUrl"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal("""{"slug":"quill","title":"Quill","decidedBy":"score","tieBreakRule":null}""", json.GetProperty("recommended").GetRawText());
        Assert.Equal(
            """[{"framework":"quill","title":"Quill","points":2,"share":1},{"framework":"lantern","title":"Lantern","points":0,"share":0},{"framework":"harbor","title":"Harbor","points":0,"share":0}]""",
            json.GetProperty("scores").GetRawText());
        Assert.Equal("leaning", json.GetProperty("confidence").GetString());
        Assert.Equal(
            """[{"question":"parts","answer":"pick","importance":"normal","rule":"quill-pick-every-part","favours":"quill","points":2,"reason":"You want to choose every part yourself.","citation":"http://localhost/compare/trio/frameworks/quill#choose-it-if"}]""",
            json.GetProperty("contributions").GetRawText());
        Assert.Equal(
            """[{"edits":[{"question":"parts","from":"pick","to":"either"}],"recommended":"harbor","shareUrl":"http://localhost/compare/trio/choose/result?parts=either"}]""",
            json.GetProperty("changes").GetRawText());
        Assert.Equal("http://localhost/compare/trio/choose/result?parts=pick", json.GetProperty("shareUrl").GetString());
    }

    [Fact]
    public async Task Level_scores_are_settled_by_the_tie_break_and_reported_as_such()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {"admin": "needed", "undecided": "yes"}}""");

        var json = await ReadJsonAsync(response);
        Assert.Equal("""{"slug":"harbor","title":"Harbor","decidedBy":"tie-break","tieBreakRule":"harbor-undecided"}""", json.GetProperty("recommended").GetRawText());
        Assert.Equal("toss-up", json.GetProperty("confidence").GetString());
        Assert.Equal([0.0, 0.5, 0.5], json.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("share").GetDouble()));
    }

    [Fact]
    public void The_api_names_each_confidence_as_the_pages_do()
    {
        Assert.All(Enum.GetValues<Confidence>(), confidence => Assert.Equal(
            $"\"{confidence.Name()}\"",
            JsonSerializer.Serialize(ChooserApiController.LevelOf(confidence))));
    }

    [Fact]
    public async Task The_api_and_the_result_page_agree_on_the_share_url()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {"undecided": "yes", "parts": "pick"}}""");
        var shareUrl = (await ReadJsonAsync(response)).GetProperty("shareUrl").GetString()!;

        var page = await _client.GetPageAsync(new Uri(shareUrl).PathAndQuery);

        Assert.Equal(shareUrl, page.QuerySelector("#share-url")!.GetAttribute("value"));
        Assert.Equal("Quill fits best", page.Text("h1"));
    }

    [Fact]
    public async Task Ids_are_matched_as_share_links_match_them_ignoring_case_and_stray_spaces()
    {
        using var exact = await PostAsync(Recommendation, """{"answers": {"undecided": "yes", "parts": "pick"}}""");
        using var loose = await PostAsync(Recommendation, """{"answers": {" Undecided ": "YES", "PARTS": " Pick"}}""");
        var shareUrl = (await ReadJsonAsync(exact)).GetProperty("shareUrl").GetString()!;
        var page = await _client.GetPageAsync(new Uri(shareUrl).PathAndQuery.Replace("parts=pick", "PARTS=%20Pick", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, loose.StatusCode);
        Assert.Equal((await ReadJsonAsync(exact)).GetRawText(), (await ReadJsonAsync(loose)).GetRawText());
        Assert.Equal(shareUrl, page.QuerySelector("#share-url")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Loosely_written_ids_that_name_no_question_or_answer_still_get_a_400()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {" Colour ": "red", "PARTS": "Maybe"}}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("There is no such question.", problem.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Not an answer to this question.", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_question_written_twice_in_different_cases_is_answered_twice()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {"parts": "pick", "Parts": "either"}}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("This question is answered twice.", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_matters_a_lot_counts_double_and_its_share_link_says_so()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {"parts": {"option": "pick", "importance": "high"}, "admin": "needed"}}""");

        var json = await ReadJsonAsync(response);
        Assert.Equal([4, 1, 0], json.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("points").GetInt32()));
        var parts = json.GetProperty("contributions").EnumerateArray().Single(c => c.GetProperty("question").GetString() == "parts");
        Assert.Equal(("high", 4), (parts.GetProperty("importance").GetString(), parts.GetProperty("points").GetInt32()));
        Assert.Equal("http://localhost/compare/trio/choose/result?admin=needed&parts=!pick", json.GetProperty("shareUrl").GetString());
    }

    [Fact]
    public async Task An_answer_given_as_an_object_with_normal_importance_is_the_same_as_a_plain_one()
    {
        using var plain = await PostAsync(Recommendation, """{"answers": {"parts": "pick"}}""");
        using var normal = await PostAsync(Recommendation, """{"answers": {"parts": {"option": "pick", "importance": "normal"}}}""");

        Assert.Equal((await ReadJsonAsync(plain)).GetRawText(), (await ReadJsonAsync(normal)).GetRawText());
    }

    [Fact]
    public async Task An_unknown_importance_is_a_400_that_names_the_two_levels()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {"parts": {"option": "pick", "importance": "very"}}}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var messages = problem.GetProperty("errors").EnumerateObject().SelectMany(e => e.Value.EnumerateArray()).Select(m => m.GetString());
        Assert.Contains(messages, m => m!.StartsWith("'importance' must be \"normal\" or \"high\"", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { """{"answers": {}}""", "No answers", "Answer at least one question" },
        { """{"answers": {"parts": null}}""", "No answers", "Answer at least one question" },
        { """{"answers": {"colour": "red"}}""", "One or more validation errors occurred.", "There is no such question. Questions: parts, admin, undecided." },
        { """{"answers": {"parts": "maybe"}}""", "One or more validation errors occurred.", "Not an answer to this question. Answers: pick, either, or null to skip." },
        { """{"answers": {"parts": 3}}""", "One or more validation errors occurred.", "Not an answer to this question." },
        { """{"answers": ["parts"]}""", "One or more validation errors occurred.", "'answers' must be an object" },
        { """{"parts": "pick"}""", "One or more validation errors occurred.", "an 'answers' property" },
        { """["parts"]""", "One or more validation errors occurred.", "an 'answers' property" },
        { """{"answers": {"parts": "pick",""", "Malformed JSON", "not valid JSON near line 1" },
        { "", "Malformed JSON", "not valid JSON" },
        { new string('[', 100) + new string(']', 100), "Malformed JSON", "nested deeper than 8 levels" },
        { """{"answers": {"parts": "\uD800"}}""", "Malformed JSON", "unpaired surrogate" },
        { """{"answers": {"\uDFFFparts": "pick"}}""", "Malformed JSON", "unpaired surrogate" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_bodies_get_a_400_problem_that_says_what_is_wrong(string body, string title, string explanation)
    {
        using var response = await PostAsync(Recommendation, body);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(explanation, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_problem_in_the_answers_is_reported_at_once()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {"colour": "red", "parts": "maybe", "admin": "needed"}}""");

        var errors = (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal(["answers.colour", "answers.parts"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Hostile_ids_are_never_echoed_back_as_markup()
    {
        using var response = await PostAsync(Recommendation, """{"answers": {"<script>alert(1)</script>": "x"}}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.DoesNotContain("<script", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u003Cscript", problem.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["answers._script_alert_1___script_"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task A_body_that_starts_with_a_byte_order_mark_is_read_like_one_without()
    {
        const string body = """{"answers": {"parts": "pick"}}""";
        using var content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(body)]);
        content.Headers.ContentType = new("application/json");

        using var marked = await _client.PostAsync(Recommendation, content);
        using var plain = await PostAsync(Recommendation, body);

        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.Equal((await ReadJsonAsync(plain)).GetRawText(), (await ReadJsonAsync(marked)).GetRawText());
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        using var response = await _client.PostAsync(Recommendation, new StringContent("parts=pick", Encoding.UTF8, "application/x-www-form-urlencoded"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Content-Type: application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/comparisons/nope/questionnaire")]
    [InlineData("/api/comparisons/duo/questionnaire")]
    [InlineData("/api/comparisons/Not%20A%20Slug/questionnaire")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_comparisons_and_addresses_get_a_404_problem(string path)
    {
        using var response = await _client.GetAsync(path);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Recommending_for_an_unknown_comparison_gets_a_404_problem()
    {
        using var response = await PostAsync("/api/comparisons/nope/recommendation", """{"answers": {"parts": "pick"}}""");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Asking_for_a_recommendation_with_GET_explains_to_use_POST()
    {
        using var response = await _client.GetAsync(Recommendation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Contains("/api/comparisons/trio/questionnaire", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_methods_on_the_api_get_a_405_problem_not_an_html_page()
    {
        using var response = await _client.DeleteAsync("/api/comparisons");

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_same_answers_asked_through_another_address_get_links_to_that_address()
    {
        const string body = """{"answers": {"admin": "needed", "parts": "pick"}}""";
        // Another host this machine answers to by default (AllowedHosts): a host it does not answer to gets a 400.
        using var other = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://127.0.0.1") });

        using var here = await PostAsync(Recommendation, body);
        using var there = await other.PostAsync(Recommendation, new StringContent(body, Encoding.UTF8, "application/json"));
        using var hereAgain = await PostAsync(Recommendation, body);

        Assert.StartsWith("http://localhost/", (await ReadJsonAsync(here)).GetProperty("shareUrl").GetString());
        Assert.StartsWith("http://127.0.0.1/", (await ReadJsonAsync(there)).GetProperty("shareUrl").GetString());
        Assert.Equal(await here.Content.ReadAsStringAsync(), await hereAgain.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        _client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await ReadJsonAsync(response);
    }

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ReadJsonAsync(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }
}
