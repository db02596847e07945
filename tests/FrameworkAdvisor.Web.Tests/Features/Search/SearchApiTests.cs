using System.Net;
using System.Text.Json;

namespace FrameworkAdvisor.Web.Tests.Features.Search;

/// <summary>GET /api/search: the search page's results as JSON, and a ProblemDetails when there is nothing to search for.</summary>
public sealed class SearchApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Results_come_as_json_with_absolute_links_and_marked_snippets()
    {
        using var response = await _client.GetAsync("/api/search?q=generates");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("generates", json.GetProperty("query").GetString());
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var hit = Assert.Single(json.GetProperty("hits").EnumerateArray());
        Assert.Equal("http://localhost/compare/trio/aspects/admin#lantern", hit.GetProperty("url").GetString());
        Assert.Equal("Admin", hit.GetProperty("page").GetString());
        Assert.Equal("Lantern", hit.GetProperty("section").GetString());
        Assert.Equal("Built in. Lantern generates one from your models.", hit.GetProperty("snippet").GetString());
        Assert.Equal("Built in. Lantern <mark>generates</mark> one from your models.", hit.GetProperty("snippetHtml").GetString());
    }

    [Fact]
    public async Task The_api_returns_the_same_places_in_the_same_order_as_the_page()
    {
        var page = await _client.GetPageAsync("/search?q=admin");
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=admin")).RootElement;

        Assert.Equal(
            page.QuerySelectorAll(".search-hit h2 a").Select(a => "http://localhost" + a.GetAttribute("href")),
            json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task A_misspelling_says_which_spelling_the_hits_are_for()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/search?q=benchmraks")).RootElement;

        Assert.Equal("benchmraks", json.GetProperty("query").GetString());
        Assert.Equal("benchmarks", json.GetProperty("didYouMean").GetString());
        Assert.NotEqual(0, json.GetProperty("hits").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=")]
    [InlineData("/api/search?q=%2A%28%22")]
    public async Task No_words_is_a_problem_that_says_what_to_send(string path)
    {
        using var response = await _client.GetAsync(path);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Nothing to search for", problem.GetProperty("title").GetString());
    }
}
