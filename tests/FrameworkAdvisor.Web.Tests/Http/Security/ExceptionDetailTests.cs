using System.Net;
using System.Text.Json;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>
/// Outside Development an unexpected exception shows the friendly error page, or a bare ProblemDetails on the API:
/// never the exception's message, type or stack trace, which can hold paths, settings and secrets.
/// </summary>
public sealed class ExceptionDetailTests(HookedSite site) : IClassFixture<HookedSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task A_page_that_throws_shows_the_friendly_500_page_and_no_detail()
    {
        using var response = await _client.GetAsync("/test-hooks/throw");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("The fault is ours, not yours.", body, StringComparison.Ordinal);
        AssertNoDetail(response, body);
    }

    [Fact]
    public async Task An_api_call_that_throws_gets_a_500_problem_and_no_detail()
    {
        using var response = await _client.GetAsync("/api/test-hooks/throw");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Something went wrong on our side", problem.GetProperty("title").GetString());
        Assert.False(problem.TryGetProperty("detail", out _), body);
        AssertNoDetail(response, body);
    }

    private static void AssertNoDetail(HttpResponseMessage response, string body)
    {
        var everything = body + string.Join("\n", response.Headers.Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        Assert.DoesNotContain("hunter2", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(TestHooksController.SecretMessage, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), everything, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(TestHooksController), everything, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", everything, StringComparison.Ordinal);
    }
}
