using System.Text.Json;

namespace FrameworkAdvisor.Web.Tests.Features.Developers;

/// <summary>/developers: the API reference rendered by the site from its own OpenAPI document.</summary>
public sealed class DevelopersPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Every_endpoint_of_the_document_has_a_section_with_its_responses_and_a_curl_command()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;
        var page = await _client.GetPageAsync("/developers");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Method: op.Name.ToUpperInvariant(), Path: path.Name, Operation: op.Value)))
            .ToList();
        Assert.Equal(6, operations.Count);
        var sections = page.QuerySelectorAll("section.endpoint");
        Assert.Equal(operations.Select(o => $"{o.Method} {o.Path}"), sections.Select(s => s.QuerySelector("h2")!.TextContent));
        foreach (var ((method, path, operation), section) in operations.Zip(sections))
        {
            var statuses = section.QuerySelectorAll(".api-fields dt strong").Select(s => s.TextContent);
            Assert.Equal(operation.GetProperty("responses").EnumerateObject().Select(r => r.Name), statuses);
            var curl = section.QuerySelectorAll("pre code")[^1].TextContent;
            Assert.StartsWith("curl -s", curl, StringComparison.Ordinal);
            Assert.Contains("http://localhost" + path.Replace("{comparison}", "trio", StringComparison.Ordinal), curl, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_curl_commands_use_the_live_content_and_work_as_written()
    {
        var page = await _client.GetPageAsync("/developers");
        var curls = page.QuerySelectorAll("section.endpoint pre code").Select(c => c.TextContent).Where(c => c.StartsWith("curl", StringComparison.Ordinal)).ToList();

        var posts = curls.Where(c => c.Contains("-X POST", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, posts.Count);
        foreach (var post in posts)
        {
            var body = post[(post.IndexOf("-d '", StringComparison.Ordinal) + 4)..^1];
            var address = post[(post.IndexOf("/api/", StringComparison.Ordinal))..post.IndexOf('\'', post.IndexOf("/api/", StringComparison.Ordinal))];
            using var response = await _client.PostAsync(address, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{post} answered {(int)response.StatusCode}");
        }

        var search = Assert.Single(curls, c => c.Contains("/api/search?q=", StringComparison.Ordinal));
        var query = search[(search.IndexOf("/api/search", StringComparison.Ordinal))..^1];
        var hits = JsonDocument.Parse(await _client.GetStringAsync(query)).RootElement.GetProperty("hits");
        Assert.NotEqual(0, hits.GetArrayLength());
    }

    [Fact]
    public async Task Every_schema_is_listed_with_its_fields_and_types_link_to_them()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;
        var page = await _client.GetPageAsync("/developers");

        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        Assert.Contains("RecommendationRequest", schemas);
        Assert.Equal(schemas, page.QuerySelectorAll(".api-schema h3").Select(h => h.TextContent));
        var anchors = page.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
        Assert.All(page.QuerySelectorAll("main a[href^='#']"), link => Assert.Contains(link.GetAttribute("href")![1..], anchors));
        Assert.Empty(page.QuerySelectorAll("script"));
    }
}
