using System.Text.Json.Nodes;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Cards;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Features.Shared;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FrameworkAdvisor.Web.Features.Developers;

/// <summary>
/// The JSON API for people, rendered on the server from the same OpenAPI document that /openapi/v1.json serves,
/// with a curl command per endpoint that uses the live content's ids, so each one works as pasted.
/// </summary>
[CachedPage]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class DevelopersController(
    [FromKeyedServices(ApiDocumentExtensions.DocumentName)] IOpenApiDocumentProvider documents,
    ComparisonStore store,
    ChooserCatalog choosers,
    SiteUrls urls) : Controller
{
    [HttpGet(SitePaths.Developers)]
    public async Task<IActionResult> Index(CancellationToken cancellation)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellation);
        var json = JsonNode.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellation))!;
        var reference = ApiReference.From(json);
        var origin = urls.Absolute(Request, "");
        return View(new DevelopersViewModel(reference, origin, [.. reference.Operations.Select(o => Curl(o, origin))]));
    }

    /// <summary>A command that calls the endpoint on this site, with the first comparison that has a questionnaire.</summary>
    private string Curl(ApiOperation operation, string origin)
    {
        var comparison = store.ListComparisons().FirstOrDefault(c => c.Comparison.HasChooser)?.Comparison.Slug ?? "example";
        var path = operation.Path.Replace("{comparison}", comparison, StringComparison.Ordinal);
        if (operation.Parameters.Any(p => p is { In: "query", Name: "q" }))
        {
            path += "?q=" + SearchWord(comparison);
        }

        if (operation.Method != "POST")
        {
            return $"curl -s '{origin}{path}'";
        }

        var questions = choosers.Find(comparison)?.Model.Questions ?? [];
        string Answers(int option) =>
            questions.Count == 0 ? "{}" : $$"""{"{{questions[0].Id}}": "{{questions[0].Options[option % questions[0].Options.Count].Id}}"}""";
        var body = operation.Path.EndsWith("/team-recommendation", StringComparison.Ordinal)
            ? $$"""{"members": [{"name": "Ana", "answers": {{Answers(0)}}}, {"name": "Bo", "answers": {{Answers(1)}}}]}"""
            : $$"""{"answers": {{Answers(0)}}}""";
        return $$"""
            curl -s -X POST '{{origin}}{{path}}' \
              -H 'Content-Type: application/json' -d '{{body}}'
            """;
    }

    /// <summary>A word the content certainly has: the first word of the comparison's first aspect.</summary>
    private string SearchWord(string comparison) =>
        store.FindComparison(comparison) is { } context && store.GetTable(context).Rows is [var row, ..]
            && SearchQuery.Parse(row.Aspect.Title).Words is [var word, ..]
            ? word
            : "admin";
}

public sealed record DevelopersViewModel(ApiReference Reference, string Origin, IReadOnlyList<string> Curls)
    : PageViewModel(Heading, "Every endpoint of the JSON API, its errors and examples, from the site's OpenAPI document.", SitePaths.Developers)
{
    /// <summary>The page's title, which the sitemap and its picture card use too.</summary>
    public const string Heading = "The JSON API";

    /// <summary>The page's picture card: not made from content, so the same words always.</summary>
    public static PageCard Card { get; } = new("For developers", Heading, []);

    public override string CardDescription => Card.Description;

    public string DocumentPath => ApiDocumentExtensions.DocumentPath;
}
