using System.Net;
using System.Text;
using System.Text.Json;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>
/// Over real Kestrel, because the in-memory test server enforces none of the server's limits and never sends a Server
/// header: requests that are too large get a clear 4xx from the server or the app, never a 500.
/// </summary>
public sealed class RequestLimitsTests(KestrelHookedSite site) : IClassFixture<KestrelHookedSite>, IDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = site.Origin };

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_real_server_does_not_name_itself()
    {
        using var page = await _client.GetAsync("/");
        using var missing = await _client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Empty(page.Headers.Server);
        Assert.Empty(missing.Headers.Server);
        SecurityHeaderAssertions.AssertSecurityHeaders(page, "a page over Kestrel");
    }

    /// <summary>
    /// Kestrel refuses a path with a NUL byte (%00) while parsing the request line, before any of the site runs, so
    /// its 400 cannot carry the site's headers or body (no setting or middleware reaches it). What holds is that it is
    /// a 400 that closes the connection, never a 500 or a page; docs/operations.md has the proxy add the headers.
    /// </summary>
    [Theory]
    [InlineData("/%00")]
    [InlineData("/api/comparisons/%00/questionnaire")]
    public async Task A_path_with_a_nul_byte_is_refused_by_the_server_before_the_site_runs(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Headers.ConnectionClose, "the connection is kept open after a refused request line");
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_server_limit_gets_413_never_500()
    {
        using var page = await _client.PostAsync("/test-hooks/read-body", new StringContent(new string('x', 100_000)));
        using var api = await _client.PostAsync("/api/test-hooks/read-body", new StringContent(new string('x', 100_000)));
        using var allowed = await _client.PostAsync("/test-hooks/read-body", new StringContent(new string('x', 60_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Contains("larger than this site accepts", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SecurityHeaderAssertions.AssertSecurityHeaders(page, "a 413 page");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
        Assert.Equal("read 60000 characters", await allowed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_recommendation_body_over_16_KB_gets_a_413_problem_that_says_what_to_send()
    {
        var body = "{\"answers\": {\"parts\": \"pick\"}, \"padding\": \"" + new string('x', 20_000) + "\"}";
        using var response = await _client.PostAsync("/api/comparisons/trio/recommendation", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Request body too large", problem.GetProperty("title").GetString());
        Assert.Contains("over 16 KB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_more_fields_than_the_limit_is_refused_with_a_4xx()
    {
        var fields = Enumerable.Range(0, 200).Select(i => new KeyValuePair<string, string>($"field{i}", "x"));
        using var tooMany = await _client.PostAsync("/test-hooks/read-form", new FormUrlEncodedContent(fields));
        using var enough = await _client.PostAsync("/test-hooks/read-form", new FormUrlEncodedContent(fields.Take(10)));

        Assert.InRange((int)tooMany.StatusCode, 400, 499);
        Assert.Equal("read 10 fields, field0=x", await enough.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/compare/trio/choose/result?parts=pick", "application/x-www-form-urlencoded", "%1B[31m=x")]
    [InlineData("/compare/trio/choose/result?parts=pick", "multipart/form-data; boundary=x", "not multipart at all")]
    [InlineData("/errors/500", "application/x-www-form-urlencoded", "a[=1")]
    [InlineData("/api/comparisons/trio/recommendation", "application/x-www-form-urlencoded", "a[=1")]
    public async Task A_hostile_form_body_sent_to_a_page_or_the_api_gets_a_4xx_never_500(string path, string contentType, string body)
    {
        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Head })
        {
            using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body) };
            request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            using var response = await _client.SendAsync(request);

            Assert.True((int)response.StatusCode is >= 200 and < 500, $"{method} {path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_address_longer_than_the_request_line_limit_gets_414()
    {
        using var tooLong = await _client.GetAsync("/compare/" + new string('a', 9_000));
        using var longButAllowed = await _client.GetAsync("/compare/" + new string('a', 7_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, longButAllowed.StatusCode);
    }

    [Fact]
    public async Task Headers_larger_than_the_limit_get_431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Padding", new string('x', 40_000));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_address_over_the_limit_gets_the_sites_short_error_page_not_an_empty_body()
    {
        using var tooLong = await _client.GetAsync("/compare/trio/choose/result?parts=pick&junk=" + new string('j', 9_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, tooLong.StatusCode);
        Assert.Equal("text/html", tooLong.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This address is longer than any this site makes.", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SecurityHeaderAssertions.AssertSecurityHeaders(tooLong, "a 414 page");
    }

    [Fact]
    public async Task Headers_over_the_limit_get_the_sites_short_error_page_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Padding", new string('x', 40_000));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Contains("headers were larger than this site accepts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_address_is_refused_by_the_server_unread()
    {
        using var huge = await _client.GetAsync("/compare/trio/choose/result?parts=pick&junk=" + new string('j', 200_000));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, huge.StatusCode);
    }

    [Fact]
    public async Task A_share_link_with_a_long_click_id_within_the_limit_still_shows_its_answers()
    {
        using var response = await _client.GetAsync("/compare/trio/choose/result?parts=pick&gclid=" + new string('g', 7_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/compare/trio/choose/result?parts=pick", response.RequestMessage!.RequestUri!.PathAndQuery);
    }
}
