using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Features.Developers;

/// <summary>
/// /developers over the repository's content: every path, slug, request and response it shows comes from the loaded
/// content, and each is true: the request sent as shown gets 200 and exactly the response shown.
/// </summary>
public sealed class LiveApiExamplesTests(ShippedSiteFactory site) : IClassFixture<ShippedSiteFactory>
{
    private static readonly Comparison Shipped = new ContentLoader(new MarkdownRenderer()).Load(TestPaths.ShippedContent).Content!.Comparisons[0];
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task The_page_names_only_the_loaded_comparison_and_nothing_made_up()
    {
        var text = (await _client.GetPageAsync("/developers")).QuerySelector("main")!.TextContent;

        // The made-up comparison the examples used before they were made from the content.
        foreach (var madeUp in new[] { "Quill", "Lantern", "quill-vs-lantern", "example.org" })
        {
            Assert.DoesNotContain(madeUp, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains($"/api/comparisons/{Shipped.Slug}/recommendation", text, StringComparison.Ordinal);
        Assert.All(Shipped.Frameworks, framework => Assert.Contains($"\"slug\": \"{framework.Slug}\"", text, StringComparison.Ordinal));
        Assert.Contains($"\"id\": \"{Shipped.Questionnaire!.Questions.First().Id}\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_example_request_shown_sent_to_the_api_gets_200_and_the_response_shown()
    {
        var page = await _client.GetPageAsync("/developers");
        var checkedExamples = 0;
        foreach (var section in page.QuerySelectorAll("section.endpoint"))
        {
            if (ExampleAfter(section, "Example 200 response") is not { } shown)
            {
                continue;
            }

            var curl = section.QuerySelectorAll("pre code")[^1].TextContent;
            var address = curl[(curl.IndexOf("/api/", StringComparison.Ordinal))..curl.IndexOf('\'', curl.IndexOf("/api/", StringComparison.Ordinal))];
            using var response = curl.Contains("-X POST", StringComparison.Ordinal)
                ? await _client.PostAsync(address, new StringContent(ExampleAfter(section, "Request body")!, Encoding.UTF8, "application/json"))
                : await _client.GetAsync(address);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address} answered {(int)response.StatusCode}");
            var sent = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(shown), sent), $"{address}: the page shows\n{shown}\nbut the API sent\n{sent}");
            checkedExamples++;
        }

        // The comparisons, the questionnaire, a recommendation, a team's and a search.
        Assert.Equal(5, checkedExamples);
    }

    [Fact]
    public async Task Without_a_comparison_that_has_a_questionnaire_the_page_still_works_and_shows_no_example_it_cannot_make()
    {
        using var content = ContentFolder.CopyOfFixture();
        Directory.Delete(content.PathOf("compare/trio"), recursive: true);
        using var noChooser = new FolderSiteFactory(content.Directory);

        var page = await noChooser.CreateClient().GetPageAsync("/developers");

        var recommend = page.QuerySelectorAll("section.endpoint").Single(s => s.QuerySelector("h2")!.TextContent == "POST /api/comparisons/{comparison}/recommendation");
        Assert.Null(ExampleAfter(recommend, "Example 200 response"));
        Assert.Contains("/api/comparisons/{comparison}/recommendation", recommend.QuerySelectorAll("pre code")[^1].TextContent, StringComparison.Ordinal);
    }

    /// <summary>The text of the code block that follows the heading of that name in an endpoint's section.</summary>
    private static string? ExampleAfter(IElement section, string heading)
    {
        var h3 = section.QuerySelectorAll("h3").FirstOrDefault(h => h.TextContent == heading);
        for (var next = h3?.NextElementSibling; next is not null && next.LocalName != "h3"; next = next.NextElementSibling)
        {
            if (next.LocalName == "pre")
            {
                return next.TextContent;
            }
        }

        return null;
    }
}
