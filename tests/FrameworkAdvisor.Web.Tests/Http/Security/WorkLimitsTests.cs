using System.Net;
using System.Text;
using System.Text.Json;
using FrameworkAdvisor.Web.Http.Security;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>
/// Each kind of work the page cache cannot absorb has a bound on the machine: when it is full (here a bound of one,
/// no queue, held by a test hook) a request of that kind is turned away at once with 503 and Retry-After, as the
/// site's own page or, under /api, a ProblemDetails. Cached pages answer all the while.
/// </summary>
public sealed class WorkLimitsTests(WorkLimitsTests.OneAtATimeSite site) : IClassFixture<WorkLimitsTests.OneAtATimeSite>
{
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string, string> Pages => new()
    {
        { WorkLimits.Cards, "/cards/compare/trio/choose/result.png?parts=pick" },
        { WorkLimits.Search, "/search?q=quill" },
        { WorkLimits.Results, "/compare/trio/choose/result?admin=needed" },
        { WorkLimits.Recommendations, "/compare/trio/choose/decision-record?parts=pick" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_full_bound_turns_a_page_or_card_away_at_once_with_503_retry_after_and_the_sites_page(string kind, string path)
    {
        await using (await WorkHoldController.HoldAsync(_client, kind))
        {
            using var refused = await _client.GetAsync(path);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Busy: please try again shortly", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            SecurityHeaderAssertions.AssertSecurityHeaders(refused, "a 503");
        }

        using var later = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task A_full_bound_turns_an_api_call_away_with_a_503_problem_and_retry_after()
    {
        await using (await WorkHoldController.HoldAsync(_client, WorkLimits.Search, WorkLimits.Recommendations))
        {
            using var search = await _client.GetAsync("/api/search?q=lantern");
            using var recommendation = await _client.PostAsync("/api/comparisons/trio/recommendation",
                new StringContent("""{"answers": {"parts": "pick"}}""", Encoding.UTF8, "application/json"));

            foreach (var refused in new[] { search, recommendation })
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
                Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter?.Delta);
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
                var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
                Assert.Equal(503, problem.GetProperty("status").GetInt32());
                Assert.Equal("Busy", problem.GetProperty("title").GetString());
                Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
                Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
                Assert.Contains("Try again in 7 seconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Cached_pages_and_static_files_answer_while_every_kind_of_work_is_saturated()
    {
        string[] cached = ["/compare/trio", "/compare/trio/choose/result?undecided=yes", "/search?q=lantern", "/cards/compare/trio/choose/result.png?undecided=yes"];
        foreach (var path in cached)
        {
            using var first = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await using (await WorkHoldController.HoldAsync(_client, WorkLimits.Cards, WorkLimits.Search, WorkLimits.Results, WorkLimits.Recommendations))
        {
            foreach (var path in cached.Append("/favicon.ico"))
            {
                using var again = await _client.GetAsync(path);
                Assert.True(again.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)again.StatusCode} while the work limits were full");
            }

            using var uncached = await _client.GetAsync("/compare/trio/choose/result?undecided=no");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, uncached.StatusCode);
        }
    }

    public sealed class OneAtATimeSite : HookedSite
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimiting:QueueLength"] = "0",
            ["RateLimiting:CardQueueLength"] = "0",
            ["RateLimiting:BusyRetryAfterSeconds"] = "7",
        };
    }
}

/// <summary>
/// Past its per-client limit on a kind of work, a client gets 429 with Retry-After for that kind (page or
/// ProblemDetails), while other clients, and the same client's cached pages, are served; the setting
/// RateLimiting:PerClientLimits=false lifts every per-client limit.
/// </summary>
public sealed class PerClientLimitsTests(PerClientLimitsTests.OnePerHourSite site) : IClassFixture<PerClientLimitsTests.OnePerHourSite>
{
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string, string, string, bool> Kinds => new()
    {
        { "/cards/compare/trio/choose/result.png?parts=pick", "/cards/compare/trio/choose/result.png?parts=either", "1 card per 3600 seconds", false },
        { "/search?q=quill", "/api/search?q=lantern", "1 search request per 3600 seconds", true },
        { "/compare/trio/choose/result?admin=needed", "/compare/trio/choose/result?admin=later", "1 result page per 3600 seconds", false },
        { "/compare/trio/choose/decision-record?parts=pick", "/compare/trio/choose/decision-record?parts=either", "1 recommendation per 3600 seconds", false },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Past_its_limit_a_client_gets_429_with_retry_after_and_others_do_not(string first, string second, string limit, bool secondIsApi)
    {
        var client = $"203.0.113.{100 + Kinds.ToList().FindIndex(row => (string)row[0] == first)}";
        using var allowed = await GetAsync(first, client);
        using var refused = await GetAsync(second, client);
        using var other = await GetAsync(second, "198.51.100.200");
        using var cached = await GetAsync(first, client);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), refused.Headers.RetryAfter?.Delta);
        var body = await refused.Content.ReadAsStringAsync();
        if (secondIsApi)
        {
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains(limit, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Busy: please try again shortly", body, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
    }

    [Fact]
    public async Task With_per_client_limits_off_the_same_client_is_not_limited()
    {
        using var unlimited = new UnlimitedClientsSite();
        using var client = unlimited.CreateClient();
        foreach (var answer in new[] { "needed", "later" })
        {
            using var response = await client.GetAsync($"/compare/trio/choose/result?admin={answer}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ClientAddressFromHeader.Header, clientAddress);
        return await _client.SendAsync(request);
    }

    public sealed class OnePerHourSite : HookedSite
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = OnePerHour;
    }

    private sealed class UnlimitedClientsSite : HookedSite
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            new Dictionary<string, string>(OnePerHour) { ["RateLimiting:PerClientLimits"] = "false" };
    }

    private static Dictionary<string, string> OnePerHour => new()
    {
        ["RateLimiting:WindowSeconds"] = "3600",
        ["RateLimiting:CardsPerWindow"] = "1",
        ["RateLimiting:SearchesPerWindow"] = "1",
        ["RateLimiting:ResultsPerWindow"] = "1",
        ["RateLimiting:RecommendationsPerWindow"] = "1",
    };
}
