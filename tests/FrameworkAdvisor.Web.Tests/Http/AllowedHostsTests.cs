using System.Net;
using FrameworkAdvisor.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace FrameworkAdvisor.Web.Tests.Http;

/// <summary>
/// Absolute URLs never come from whatever Host a request claims: the site answers only the hosts it is configured for
/// (this machine by default), and takes them from Site:PublicOrigin when that is set.
/// </summary>
public sealed class AllowedHostsTests
{
    [Fact]
    public async Task With_no_settings_the_site_answers_on_this_machine_and_refuses_other_hosts()
    {
        using var site = new SiteFactory();
        using var local = site.CreateClient();
        using var foreign = site.CreateClient();
        foreign.DefaultRequestHeaders.Host = "evil.example";

        var page = await local.GetPageAsync("/compare/trio");
        using var refused = await foreign.GetAsync("/compare/trio");

        Assert.Equal("http://localhost/cards/compare/trio.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("evil.example", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Bad request</h1>", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Security.SecurityHeaderAssertions.AssertSecurityHeaders(refused, "the 400 for a refused Host");
    }

    [Fact]
    public async Task A_refused_host_on_the_api_gets_a_problem_that_never_names_the_host()
    {
        using var site = new SiteFactory();
        using var foreign = site.CreateClient();
        foreign.DefaultRequestHeaders.Host = "evil.example";

        using var refused = await foreign.GetAsync("/api/comparisons");
        var body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("Bad request", problem.GetProperty("title").GetString());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
        Security.SecurityHeaderAssertions.AssertSecurityHeaders(refused, "the 400 problem for a refused Host");
    }

    [Fact]
    public async Task With_a_public_origin_every_absolute_url_names_it_whatever_the_request_says()
    {
        using var site = new SettingsSite(new() { ["Site:PublicOrigin"] = "https://advisor.example" });
        using var client = site.CreateClient();
        client.DefaultRequestHeaders.Host = "advisor.example";

        var page = await client.GetPageAsync("/compare/trio/choose/result?parts=pick");
        var robots = await site.CreateClient().GetStringAsync("/robots.txt");

        Assert.Equal("https://advisor.example/cards/compare/trio/choose/result.png?parts=pick", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("https://advisor.example/compare/trio/choose/result?parts=pick", page.QuerySelector("#share-url")!.GetAttribute("value"));
        Assert.Contains("Sitemap: https://advisor.example/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_host_without_a_public_origin_stops_the_start_with_a_message_saying_what_to_set()
    {
        using var folder = new TemporaryDirectory();

        var (exitCode, output) = await SiteProcess.RunAsync(TestPaths.FixtureContent, folder.File("content.db"),
            new Dictionary<string, string> { ["AllowedHosts"] = "*" });

        Assert.Equal(1, exitCode);
        Assert.Contains("AllowedHosts is \"*\"", output, StringComparison.Ordinal);
        Assert.Contains("set Site:PublicOrigin, or list the hosts the site answers to in AllowedHosts", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_hosts_are_answered_and_others_still_refused()
    {
        using var site = new SettingsSite(new() { ["AllowedHosts"] = "advisor.example;*.advisor.example" });
        using var named = site.CreateClient();
        named.DefaultRequestHeaders.Host = "www.advisor.example";
        using var local = site.CreateClient();

        var page = await named.GetPageAsync("/compare/trio");
        using var refused = await local.GetAsync("/compare/trio");

        Assert.Equal("http://www.advisor.example/compare/trio", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    private sealed class SettingsSite(Dictionary<string, string> settings) : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
