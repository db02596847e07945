using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Text;
using System.Text.Json;
using FrameworkAdvisor.Web.Http.Security;
using FrameworkAdvisor.Web.Tests.Http.Security;

namespace FrameworkAdvisor.Web.Tests.Features.Developers;

/// <summary>
/// Every endpoint in the served OpenAPI document, called over real HTTP for success and for each documented error:
/// the status must be documented for that operation, with the content type it names, and the body must validate
/// against the schema the document gives (checked with JsonSchema.Net, a JSON Schema 2020-12 validator, the dialect
/// of OpenAPI 3.1). Every documented response must be exercised by a call, so nothing is documented untested.
/// </summary>
public sealed class ApiContractTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Comparisons = "GET /api/comparisons";
    private const string Questionnaire = "GET /api/comparisons/{comparison}/questionnaire";
    private const string Recommendation = "POST /api/comparisons/{comparison}/recommendation";
    private const string RecommendationWithGet = "GET /api/comparisons/{comparison}/recommendation";
    private const string Search = "GET /api/search";
    private const string TeamRecommendation = "POST /api/comparisons/{comparison}/team-recommendation";
    private const string TeamTarget = "/api/comparisons/trio/team-recommendation";

    /// <summary>Name, operation as documented, the request, and the status it must get.</summary>
    public static TheoryData<string, string, string, string?, string?, int> Calls => new()
    {
        { "list", Comparisons, "/api/comparisons", null, null, 200 },
        { "questionnaire", Questionnaire, "/api/comparisons/trio/questionnaire", null, null, 200 },
        { "unknown comparison", Questionnaire, "/api/comparisons/nope/questionnaire", null, null, 404 },
        { "comparison without questionnaire", Questionnaire, "/api/comparisons/duo/questionnaire", null, null, 404 },
        { "answers", Recommendation, "/api/comparisons/trio/recommendation", "application/json", """{"answers": {"parts": "pick", "admin": null}}""", 200 },
        { "tie", Recommendation, "/api/comparisons/trio/recommendation", "application/json", """{"answers": {"parts": "either"}}""", 200 },
        { "no answers", Recommendation, "/api/comparisons/trio/recommendation", "application/json", """{"answers": {}}""", 400 },
        { "unknown ids", Recommendation, "/api/comparisons/trio/recommendation", "application/json", """{"answers": {"nope": "x", "parts": "nope"}}""", 400 },
        { "malformed", Recommendation, "/api/comparisons/trio/recommendation", "application/json", """{"answers": """, 400 },
        { "unknown comparison", Recommendation, "/api/comparisons/nope/recommendation", "application/json", """{"answers": {"parts": "pick"}}""", 404 },
        { "too large", Recommendation, "/api/comparisons/trio/recommendation", "application/json", $$"""{"answers": {}, "x": "{{new string('x', 17_000)}}"}""", 413 },
        { "not json", Recommendation, "/api/comparisons/trio/recommendation", "text/plain", "parts=pick", 415 },
        { "team", TeamRecommendation, TeamTarget, "application/json", """{"members": [{"name": "Ana", "answers": {"parts": "pick"}}, {"answers": {"admin": {"option": "needed", "importance": "high"}}}]}""", 200 },
        { "team of one", TeamRecommendation, TeamTarget, "application/json", """{"members": [{"name": "Ana", "answers": {"parts": "pick"}}]}""", 400 },
        { "team member without answers", TeamRecommendation, TeamTarget, "application/json", """{"members": [{"answers": {"parts": "pick"}}, {"answers": {}}]}""", 400 },
        { "team name too long", TeamRecommendation, TeamTarget, "application/json", """{"members": [{"name": "abcdefghijklmnopqrstuvwxy", "answers": {"parts": "pick"}}, {"answers": {"parts": "pick"}}]}""", 400 },
        { "team for unknown comparison", TeamRecommendation, "/api/comparisons/nope/team-recommendation", "application/json", """{"members": [{"answers": {"parts": "pick"}}, {"answers": {"parts": "pick"}}]}""", 404 },
        { "team too large", TeamRecommendation, TeamTarget, "application/json", $$"""{"members": [], "x": "{{new string('x', 17_000)}}"}""", 413 },
        { "team not json", TeamRecommendation, TeamTarget, "text/plain", "parts=pick", 415 },
        { "with GET", RecommendationWithGet, "/api/comparisons/trio/recommendation", null, null, 405 },
        { "words", Search, "/api/search?q=admin", null, null, 200 },
        { "misspelling", Search, "/api/search?q=benchmraks", null, null, 200 },
        { "nothing found", Search, "/api/search?q=xylophone", null, null, 200 },
        { "no words", Search, "/api/search?q=%22*%28", null, null, 400 },
        { "no q", Search, "/api/search", null, null, 400 },
    };

    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_response_is_documented_and_matches_its_schema(string name, string operation, string target, string? contentType, string? body, int status)
    {
        var document = await ServedApiDocument.FetchAsync(_client);
        using var request = new HttpRequestMessage(new HttpMethod(operation.Split(' ')[0]), target);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new(contentType!);
        }

        using var response = await _client.SendAsync(request);

        await AssertDocumentedAsync(document, operation, response, $"{name}: {operation}", status);
    }

    [Fact]
    public async Task The_rate_limit_answer_is_documented_with_its_retry_after_header()
    {
        using var limited = new RateLimitedSite();
        using var client = limited.CreateClient();
        var document = await ServedApiDocument.FetchAsync(client);
        using var first = await client.PostAsync("/api/comparisons/trio/recommendation", Json("""{"answers": {"parts": "pick"}}"""));
        using var second = await client.PostAsync("/api/comparisons/trio/recommendation", Json("""{"answers": {"parts": "pick"}}"""));

        await AssertDocumentedAsync(document, Recommendation, second, "over the limit", 429);
        Assert.NotNull(document.Response(Recommendation, "429")?["headers"]?["Retry-After"]);
        Assert.True(int.Parse(second.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
    }

    [Fact]
    public async Task The_team_endpoint_shares_the_recommendation_endpoints_rate_limit_and_documents_its_429()
    {
        using var limited = new RateLimitedSite();
        using var client = limited.CreateClient();
        var document = await ServedApiDocument.FetchAsync(client);
        using var first = await client.PostAsync("/api/comparisons/trio/recommendation", Json("""{"answers": {"parts": "pick"}}"""));
        using var second = await client.PostAsync(TeamTarget, Json("""{"members": [{"answers": {"parts": "pick"}}, {"answers": {"admin": "needed"}}]}"""));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertDocumentedAsync(document, TeamRecommendation, second, "over the limit", 429);
        Assert.NotNull(document.Response(TeamRecommendation, "429")?["headers"]?["Retry-After"]);
    }

    [Fact]
    public async Task The_answers_of_a_full_bound_and_of_a_clients_search_limit_are_documented_with_retry_after()
    {
        using var busy = new BusySite();
        using var client = busy.CreateClient();
        var document = await ServedApiDocument.FetchAsync(client);
        await using (await WorkHoldController.HoldAsync(client, WorkLimits.Search, WorkLimits.Recommendations))
        {
            using var search = await client.SendAsync(From("198.51.100.1", HttpMethod.Get, "/api/search?q=admin"));
            using var recommendation = await client.SendAsync(From("198.51.100.1", HttpMethod.Post, "/api/comparisons/trio/recommendation",
                Json("""{"answers": {"parts": "pick"}}""")));

            await AssertDocumentedAsync(document, Search, search, "bound full", 503);
            await AssertDocumentedAsync(document, Recommendation, recommendation, "bound full", 503);
        }

        foreach (var words in new[] { "lantern", "harbor" })
        {
            using var allowed = await client.SendAsync(From("198.51.100.2", HttpMethod.Get, $"/api/search?q={words}"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await client.SendAsync(From("198.51.100.2", HttpMethod.Get, "/api/search?q=quill"));
        await AssertDocumentedAsync(document, Search, limited, "over the limit", 429);
        foreach (var (operation, status) in new[] { (Search, "429"), (Search, "503"), (Recommendation, "503") })
        {
            Assert.NotNull(document.Response(operation, status)?["headers"]?["Retry-After"]);
        }
    }

    [Fact]
    public async Task The_decision_record_a_client_asks_for_with_accept_is_documented_as_markdown()
    {
        var document = await ServedApiDocument.FetchAsync(_client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/comparisons/trio/recommendation") { Content = Json("""{"answers": {"parts": "pick"}}""") };
        request.Headers.Accept.ParseAdd("text/markdown");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("string", document.Response(Recommendation, "200")?["content"]?["text/markdown"]?["schema"]?["type"]?.GetValue<string>());
        Assert.Contains("Quill", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_documented_response_is_exercised_by_a_call_above()
    {
        var document = await ServedApiDocument.FetchAsync(_client);
        var called = Calls.Select(row => ((string)row[1], ((int)row[5]).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append((Recommendation, "429"))
            .Append((TeamRecommendation, "429"))
            .Append((Recommendation, "503"))
            .Append((Search, "429"))
            .Append((Search, "503"))
            .Append((TeamRecommendation, "503"))
            .ToHashSet();

        Assert.Equal(
            document.Responses.Order().ToList(),
            called.Order().ToList());
    }

    [Fact]
    public async Task Every_example_in_the_document_matches_its_own_schema()
    {
        var document = await ServedApiDocument.FetchAsync(_client);

        var examples = document.Examples.ToList();

        Assert.True(examples.Count >= 5, $"only {examples.Count} examples");
        Assert.All(examples, example =>
            Assert.Empty(document.Validate(example.Schema, JsonSerializer.SerializeToElement(example.Example)).Select(e => $"{example.Where}: {e}")));
    }

    [Theory]
    [InlineData("""{"query": "a", "didYouMean": null, "matchesAnyWord": false, "total": 0, "hits": [], "score": 1}""")]
    [InlineData("""{"query": "a", "didYouMean": null, "matchesAnyWord": false, "total": "0", "hits": []}""")]
    [InlineData("""{"query": "a", "didYouMean": null, "matchesAnyWord": false, "hits": []}""")]
    [InlineData("""{"query": "a", "didYouMean": null, "matchesAnyWord": false, "total": 1, "hits": [{"url": "/", "extra": true}]}""")]
    public async Task A_body_with_an_undocumented_field_or_a_wrong_type_fails_validation(string body)
    {
        var document = await ServedApiDocument.FetchAsync(_client);

        var errors = document.Validate(document.Response(Search, "200")!["content"]!["application/json"]!["schema"]!, JsonDocument.Parse(body).RootElement);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task The_document_is_openapi_3_1_and_served_as_json_in_production()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("3.1", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://localhost", root.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.All(root.GetProperty("paths").EnumerateObject(), path => Assert.False(path.Value.TryGetProperty("head", out _), $"{path.Name} documents HEAD"));
    }

    [Fact]
    public async Task Each_operation_reads_as_its_summary_and_description_attributes_say_and_no_code_comment_leaks_in()
    {
        // The OpenAPI generator also reads the build's XML documentation, and a <summary> written for the next
        // engineer would otherwise replace the summary written for API users.
        var actions = typeof(Program).Assembly.GetTypes()
            .Where(type => typeof(Microsoft.AspNetCore.Mvc.ControllerBase).IsAssignableFrom(type))
            .SelectMany(type => type.GetMethods())
            .Select(method => (Name: method.GetCustomAttribute<EndpointNameAttribute>()?.EndpointName, Method: method))
            .Where(action => action.Name is not null)
            .ToDictionary(action => action.Name!, action => action.Method);
        var document = await ServedApiDocument.FetchAsync(_client);

        var operations = document.Root["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value!)).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, operation =>
        {
            var id = operation["operationId"]!.GetValue<string>();
            Assert.True(actions.TryGetValue(id, out var action), $"{id} is not an action's [EndpointName]");
            Assert.Equal(action!.GetCustomAttribute<EndpointSummaryAttribute>()?.Summary, operation["summary"]?.GetValue<string>());
            Assert.Equal(action.GetCustomAttribute<EndpointDescriptionAttribute>()?.Description, operation["description"]?.GetValue<string>());
        });
    }

    private static async Task AssertDocumentedAsync(ServedApiDocument document, string operation, HttpResponseMessage response, string what, int expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True((int)response.StatusCode == expected, $"{what}: expected {expected}, got {status}: {text}");
        var documented = document.Response(operation, status);
        Assert.True(documented is not null, $"{what}: {status} is not documented for {operation}");
        var mediaType = response.Content.Headers.ContentType?.MediaType!;
        var schema = documented!["content"]?[mediaType]?["schema"];
        Assert.True(schema is not null, $"{what}: {status} as {mediaType} is not documented for {operation}");
        var errors = document.Validate(schema!, JsonDocument.Parse(text).RootElement);
        Assert.True(errors.Count == 0, $"{what}: the body does not match the documented schema:\n{string.Join("\n", errors)}\n{text}");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static HttpRequestMessage From(string clientAddress, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(ClientAddressFromHeader.Header, clientAddress);
        return request;
    }

    private sealed class BusySite : HookedSite
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimiting:QueueLength"] = "0",
            ["RateLimiting:SearchesPerWindow"] = "2",
        };
    }

    private sealed class RateLimitedSite : SiteFactory
    {
        protected override IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>
        {
            ["RateLimiting:RecommendationsPerWindow"] = "1",
        };
    }
}
