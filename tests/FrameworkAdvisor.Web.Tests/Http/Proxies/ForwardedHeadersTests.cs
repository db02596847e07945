using System.Net;
using System.Text;
using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.Tests.Http.Security;

namespace FrameworkAdvisor.Web.Tests.Http.Proxies;

/// <summary>
/// Behind a trusted proxy the site sees the client's address (for the rate limit) and scheme (for HSTS and absolute
/// URLs) as the proxy reports them; from anyone else, X-Forwarded-For and X-Forwarded-Proto change nothing. Real
/// Kestrel, so the connection's address is the real loopback one.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Recommendation = "/api/comparisons/trio/recommendation";

    public sealed class WithNoTrustedProxy(ProxySite.Untrusted site) : IClassFixture<ProxySite.Untrusted>
    {
        [Fact]
        public async Task A_client_cannot_pose_as_other_clients_to_the_rate_limit()
        {
            using var client = site.CreateHttpClient();

            using var first = await RecommendAsync(client, forwardedFor: "198.51.100.1");
            using var second = await RecommendAsync(client, forwardedFor: "198.51.100.2");
            using var third = await RecommendAsync(client, forwardedFor: "198.51.100.3");

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        }

        [Fact]
        public async Task A_client_cannot_claim_https_over_plain_http()
        {
            using var client = site.CreateHttpClient();

            var (response, canonical) = await GetTableAsync(client, forwardedProto: "https");

            Assert.False(response.Headers.Contains("Strict-Transport-Security"));
            Assert.StartsWith("http://", canonical, StringComparison.Ordinal);
            response.Dispose();
        }
    }

    public sealed class BehindATrustedProxy(ProxySite.TrustsLoopback site) : IClassFixture<ProxySite.TrustsLoopback>
    {
        [Fact]
        public async Task Each_client_the_proxy_names_gets_its_own_rate_limit()
        {
            using var client = site.CreateHttpClient();

            using var first = await RecommendAsync(client, forwardedFor: "198.51.100.10");
            using var second = await RecommendAsync(client, forwardedFor: "198.51.100.10");
            using var third = await RecommendAsync(client, forwardedFor: "198.51.100.10");
            using var another = await RecommendAsync(client, forwardedFor: "198.51.100.11");

            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            Assert.Equal(HttpStatusCode.OK, another.StatusCode);
        }

        [Fact]
        public async Task An_address_a_client_wrote_in_front_of_the_proxies_is_not_believed()
        {
            using var client = site.CreateHttpClient();

            // The client sent "X-Forwarded-For: <made up>" and the two proxies appended the address each saw.
            using var first = await RecommendAsync(client, forwardedFor: "203.0.113.1, 198.51.100.20, 10.1.2.3");
            using var second = await RecommendAsync(client, forwardedFor: "203.0.113.2, 198.51.100.20, 10.1.2.3");
            using var third = await RecommendAsync(client, forwardedFor: "198.51.100.20, 10.1.2.3");

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        }

        [Fact]
        public async Task Https_at_the_proxy_gives_hsts_and_https_links()
        {
            using var client = site.CreateHttpClient();

            var (response, canonical) = await GetTableAsync(client, forwardedProto: "https");

            Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
            Assert.StartsWith("https://", canonical, StringComparison.Ordinal);
            response.Dispose();
        }
    }

    public sealed class BehindAnotherProxy(ProxySite.TrustsOnlyAnotherNetwork site) : IClassFixture<ProxySite.TrustsOnlyAnotherNetwork>
    {
        [Fact]
        public async Task Headers_from_an_address_outside_the_trusted_networks_change_nothing()
        {
            using var client = site.CreateHttpClient();

            using var first = await RecommendAsync(client, forwardedFor: "198.51.100.30");
            using var second = await RecommendAsync(client, forwardedFor: "198.51.100.31");
            using var third = await RecommendAsync(client, forwardedFor: "198.51.100.32");
            var (page, canonical) = await GetTableAsync(client, forwardedProto: "https");

            Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
            Assert.False(page.Headers.Contains("Strict-Transport-Security"));
            Assert.StartsWith("http://", canonical, StringComparison.Ordinal);
            page.Dispose();
        }
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("10.0.0.0/33")]
    public async Task A_trusted_proxy_that_is_not_an_address_or_network_stops_the_start_and_is_named(string entry)
    {
        using var database = new TemporaryDirectory();

        var (exitCode, output) = await SiteProcess.RunAsync(
            TestPaths.FixtureContent, database.File("content.db"), new Dictionary<string, string> { ["ForwardedHeaders__TrustedProxies__0"] = entry });

        Assert.Equal(1, exitCode);
        Assert.Contains("The site did not start", output, StringComparison.Ordinal);
        Assert.Contains($"'{entry}'", output, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> RecommendAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Recommendation)
        {
            Content = new StringContent("""{"answers": {"parts": "pick"}}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    private static async Task<(HttpResponseMessage Response, string Canonical)> GetTableAsync(HttpClient client, string forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/compare/trio");
        request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return (response, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "");
    }
}

/// <summary>The plain site on real Kestrel, allowing two recommendations an hour per client, with the proxies it trusts.</summary>
public abstract class ProxySite : KestrelHookedSite
{
    protected abstract IEnumerable<string> Trusted { get; }

    protected override bool WithTestHooks => false;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(
        Trusted.Select((entry, i) => KeyValuePair.Create($"ForwardedHeaders:TrustedProxies:{i}", entry)))
    {
        ["RateLimiting:RecommendationsPerWindow"] = "2",
        ["RateLimiting:WindowSeconds"] = "3600",
    };

    public HttpClient CreateHttpClient() => new() { BaseAddress = Origin };

    public sealed class Untrusted : ProxySite
    {
        protected override IEnumerable<string> Trusted => [];
    }

    public sealed class TrustsLoopback : ProxySite
    {
        protected override IEnumerable<string> Trusted => ["127.0.0.1", "10.0.0.0/8"];
    }

    public sealed class TrustsOnlyAnotherNetwork : ProxySite
    {
        protected override IEnumerable<string> Trusted => ["10.0.0.0/8"];
    }
}
