using System.Net;
using System.Text.Json;
using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.Tests.Http.Security;

namespace FrameworkAdvisor.Web.Tests.ContentHosting;

/// <summary>
/// Requests that arrive while the start-up import runs wait for it; if the import fails, they get a 503 in the site's
/// one error shape (a short page, or a ProblemDetails on the API) with the security headers, never a bare status.
/// </summary>
public sealed class ContentReadyGateTests
{
    [Fact]
    public async Task When_the_start_up_import_fails_waiting_requests_get_a_503_page_or_problem_with_the_headers()
    {
        // One content file is a named pipe: the import blocks reading it until the test writes broken front matter.
        using var content = ContentFolder.CopyOfFixture();
        await content.HoldAsync("compare/trio/_index.md");

        using var failing = new FolderSiteFactory(content.Directory);
        var client = failing.CreateClient();
        var page = client.GetAsync("/compare/trio");
        var api = client.GetAsync("/api/comparisons");
        await Task.Delay(200);
        await File.WriteAllTextAsync(content.PathOf("compare/trio/_index.md"), "---\ntitle: [unclosed\n---\n");
        using var pageResponse = await page;
        using var apiResponse = await api;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pageResponse.StatusCode);
        Assert.Equal("text/html", pageResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Not available</h1>", await pageResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        SecurityHeaderAssertions.AssertSecurityHeaders(pageResponse, "the 503 page");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, apiResponse.StatusCode);
        Assert.Equal("application/problem+json", apiResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", apiResponse.Content.Headers.ContentType?.CharSet);
        var problem = JsonDocument.Parse(await apiResponse.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("Not available", problem.GetProperty("title").GetString());
        Assert.StartsWith("https://", problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        SecurityHeaderAssertions.AssertSecurityHeaders(apiResponse, "the 503 problem");
        Assert.Contains("no-store", apiResponse.Headers.CacheControl?.ToString());
    }
}
