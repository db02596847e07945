using System.Text.Json.Nodes;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Cards;
using FrameworkAdvisor.Web.Features.Shared;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FrameworkAdvisor.Web.Features.Developers;

/// <summary>
/// The JSON API for people, rendered on the server from the same OpenAPI document that /openapi/v1.json serves,
/// with a curl command per endpoint that sends the document's own example (made from the live content), so each one
/// works as pasted and answers what the page shows.
/// </summary>
[CachedPage]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class DevelopersController(
    [FromKeyedServices(ApiDocumentExtensions.DocumentName)] IOpenApiDocumentProvider documents,
    SiteUrls urls) : Controller
{
    [HttpGet(SitePaths.Developers)]
    public async Task<IActionResult> Index(CancellationToken cancellation)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellation);
        var json = JsonNode.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellation))!;
        var reference = ApiReference.From(json);
        var origin = urls.Absolute(Request, "");
        var examples = ActivatorUtilities.CreateInstance<ApiExampleContext>(HttpContext.RequestServices);
        var (comparison, word) = (examples.Chooser?.Slug, examples.SearchWord);
        return View(new DevelopersViewModel(reference, origin, [.. reference.Operations.Select(o => Curl(o, origin, comparison, word))]));
    }

    /// <summary>
    /// A command that calls the endpoint on this site as its examples do: the comparison they use, the word searched
    /// for and the example body. With no content loaded the address keeps its {comparison} placeholder.
    /// </summary>
    private static string Curl(ApiOperation operation, string origin, string? comparison, string? word)
    {
        var path = comparison is null ? operation.Path : operation.Path.Replace("{comparison}", comparison, StringComparison.Ordinal);
        if (operation.Parameters.Any(p => p is { In: "query", Name: "q" }))
        {
            path += "?q=" + Uri.EscapeDataString(word ?? "admin");
        }

        if (operation.Method != "POST")
        {
            return $"curl -s '{origin}{path}'";
        }

        // One line, quoted for a POSIX shell.
        var body = (operation.Body?.Example is { } example ? JsonNode.Parse(example)!.ToJsonString() : "{}").Replace("'", "'\\''", StringComparison.Ordinal);
        return $$"""
            curl -s -X POST '{{origin}}{{path}}' \
              -H 'Content-Type: application/json' -d '{{body}}'
            """;
    }
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
