using System.Net;
using System.Text;
using System.Text.Json;
using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.Http.Security;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>A client that asks for too many recommendations is told to wait; nobody else is, and nothing else is limited.</summary>
public sealed class RecommendationRateLimitTests(RecommendationRateLimitTests.ThreePerHourSite site) : IClassFixture<RecommendationRateLimitTests.ThreePerHourSite>
{
    private const string Recommendation = "/api/comparisons/trio/recommendation";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Past_the_limit_a_client_gets_429_with_retry_after_and_a_problem_that_says_when_to_retry()
    {
        const string client = "203.0.113.10";
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await RecommendAsync(client);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await RecommendAsync(client);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", refused.Content.Headers.ContentType?.CharSet);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc6585#section-4", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.Equal("Too many requests", problem.GetProperty("title").GetString());
        Assert.Contains("3 recommendations per 3600 seconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Try again in 3600 seconds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        SecurityHeaderAssertions.AssertSecurityHeaders(refused, "a 429");
    }

    [Fact]
    public async Task A_limited_client_can_still_read_pages_and_the_other_api_endpoints()
    {
        const string client = "203.0.113.20";
        for (var i = 0; i < 4; i++)
        {
            using var _ = await RecommendAsync(client);
        }

        using var limited = await RecommendAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        foreach (var path in new[] { "/", "/compare/trio/choose/result?parts=pick", "/api/comparisons", "/api/comparisons/trio/questionnaire" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(ClientAddressFromHeader.Header, client);
            using var response = await _client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode} to a limited client");
        }
    }

    [Fact]
    public async Task One_client_reaching_the_limit_does_not_limit_another()
    {
        for (var i = 0; i < 4; i++)
        {
            using var _ = await RecommendAsync("203.0.113.30");
        }

        using var other = await RecommendAsync("203.0.113.31");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Addresses_in_one_ipv6_slash_64_share_a_limit()
    {
        for (var i = 1; i <= 3; i++)
        {
            using var allowed = await RecommendAsync($"2001:db8:0:42::{i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var sameNetwork = await RecommendAsync("2001:db8:0:42:ffff::9");
        using var otherNetwork = await RecommendAsync("2001:db8:0:43::1");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherNetwork.StatusCode);
    }

    [Fact]
    public void An_ipv4_client_reached_over_ipv6_counts_as_the_same_client()
    {
        Assert.Equal(
            WorkLimits.ClientKey(IPAddress.Parse("198.51.100.7")),
            WorkLimits.ClientKey(IPAddress.Parse("::ffff:198.51.100.7")));
    }

    [Theory]
    [InlineData("RateLimiting__RecommendationsPerWindow", "0", "RecommendationsPerWindow")]
    [InlineData("RateLimiting__WindowSeconds", "-5", "WindowSeconds")]
    public async Task A_limit_that_makes_no_sense_stops_the_start_with_a_message_naming_it(string variable, string value, string setting)
    {
        using var database = new TemporaryDirectory();

        var (exitCode, output) = await SiteProcess.RunAsync(
            TestPaths.FixtureContent, database.File("content.db"), new Dictionary<string, string> { [variable] = value });

        Assert.Equal(1, exitCode);
        Assert.Contains("The site did not start", output, StringComparison.Ordinal);
        Assert.Contains(setting, output, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> RecommendAsync(string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Recommendation)
        {
            Content = new StringContent("""{"answers": {"parts": "pick"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(ClientAddressFromHeader.Header, clientAddress);
        return await _client.SendAsync(request);
    }

    public sealed class ThreePerHourSite : HookedSite
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["RateLimiting:RecommendationsPerWindow"] = "3",
            ["RateLimiting:WindowSeconds"] = "3600",
        };
    }
}
