using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>
/// Every kind of response carries the protective headers, not only the pages: an error page or a 304 that lacked
/// them would be the one a browser trusts blindly.
/// </summary>
public sealed class SecurityHeadersTests(HookedSite site) : IClassFixture<HookedSite>
{
    private readonly HttpClient _client = site.CreateClientWithoutRedirects();

    public static TheoryData<string, string, HttpStatusCode> Responses => new()
    {
        { "GET", "/compare/trio", HttpStatusCode.OK },
        { "GET", "/compare/trio/choose/result?parts=pick", HttpStatusCode.OK },
        { "GET", "/sitemap.xml", HttpStatusCode.OK },
        { "GET", "/api/comparisons", HttpStatusCode.OK },
        { "GET", "/api/comparisons/nope/questionnaire", HttpStatusCode.NotFound },
        { "GET", "/api/comparisons/trio/recommendation", HttpStatusCode.MethodNotAllowed },
        { "GET", "/no/such/page", HttpStatusCode.NotFound },
        { "DELETE", "/compare/trio", HttpStatusCode.MethodNotAllowed },
        { "GET", "/compare/trio/choose/result", HttpStatusCode.BadRequest },
        { "GET", "/compare/Trio/", HttpStatusCode.MovedPermanently },
        { "GET", "/test-hooks/throw", HttpStatusCode.InternalServerError },
        { "GET", "/api/test-hooks/throw", HttpStatusCode.InternalServerError },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_kind_of_response_carries_the_security_headers(string method, string path, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        SecurityHeaderAssertions.AssertSecurityHeaders(response, $"{method} {path}");
    }

    [Fact]
    public async Task The_stylesheet_its_304_and_a_page_served_from_the_cache_carry_them_too()
    {
        var page = await new HtmlParser().ParseDocumentAsync(await _client.GetStringAsync("/compare/trio"));
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var first = await _client.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        SecurityHeaderAssertions.AssertSecurityHeaders(first, stylesheet);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, stylesheet);
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await _client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        SecurityHeaderAssertions.AssertSecurityHeaders(notModified, stylesheet + " revalidated");

        // The first request renders and stores the page; the second is answered from the page cache.
        using var rendered = await _client.GetAsync("/compare/trio/faq");
        Assert.Equal(HttpStatusCode.OK, rendered.StatusCode);
        using var cached = await _client.GetAsync("/compare/trio/faq");
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        SecurityHeaderAssertions.AssertSecurityHeaders(cached, "a cached page");
    }

    [Fact]
    public async Task A_too_large_api_body_gets_413_with_the_headers()
    {
        using var content = new StringContent("{\"answers\": {}, \"padding\": \"" + new string('x', 20_000) + "\"}", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/comparisons/trio/recommendation", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        SecurityHeaderAssertions.AssertSecurityHeaders(response, "413");
    }

    [Fact]
    public async Task The_policy_allows_only_this_site_and_nothing_inline()
    {
        using var response = await _client.GetAsync("/");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);

        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self'", policy["style-src"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Contains("clipboard-write=(self)", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        // web-share's default is already this origin only; naming it made Chromium without the API warn on every page.
        Assert.DoesNotContain("web-share", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_responses_ask_the_browser_to_stay_on_https_and_http_responses_do_not()
    {
        using var https = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        using var secure = await https.GetAsync("/no/such/page");
        using var plain = await _client.GetAsync("/");

        Assert.Equal("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Development_never_sends_strict_transport_security()
    {
        await using var development = new DevelopmentSite();
        using var https = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var response = await https.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        SecurityHeaderAssertions.AssertSecurityHeaders(response, "a Development page");
    }

    private sealed class DevelopmentSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
