using System.ComponentModel;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Developers;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkAdvisor.Web.Features.Comparisons;

/// <summary>The comparisons as JSON: the entry point of the API, from which each chooser's endpoints are reached.</summary>
[ApiController]
[Route("api/comparisons")]
[Description("The comparisons and their frameworks: where the API starts.")]
public sealed class ComparisonsApiController(ComparisonStore store) : ControllerBase
{
    [HttpGet("")]
    [EndpointName("listComparisons")]
    [CachedPage]
    [EndpointSummary("Every comparison")]
    [EndpointDescription("Each comparison with its frameworks in column order. A comparison's slug is what the other endpoints take.")]
    [ProducesResponseType<IReadOnlyList<ComparisonItem>>(StatusCodes.Status200OK, "application/json", Description = "Every comparison.")]
    [ApiExample(typeof(ComparisonListExample))]
    public IReadOnlyList<ComparisonItem> List() =>
        [.. store.ListComparisons().Select(c => new ComparisonItem(
            c.Comparison.Slug, c.Comparison.Title, [.. c.Frameworks.Select(f => new FrameworkItem(f.Slug, f.Title))]))];
}

/// <summary>The list's example: every comparison loaded, as the API sends them.</summary>
internal sealed class ComparisonListExample : IApiExample
{
    public ApiExampleBodies? Make(ApiExampleContext context) => new(null, context.Answer<ComparisonsApiController>(api => api.List()));
}

// Named as the README documents it. Described by [Description], which an XML summary here would replace.
[Description("One comparison and its frameworks.")]
public sealed record ComparisonItem(
    [property: Description("The comparison's slug, which the other endpoints take.")] string Slug,
    [property: Description("The comparison's title.")] string Title,
    [property: Description("Its frameworks, in column order.")] IReadOnlyList<FrameworkItem> Frameworks);

[Description("One compared framework.")]
public sealed record FrameworkItem(
    [property: Description("The framework's slug.")] string Slug,
    [property: Description("The framework's name.")] string Title);
