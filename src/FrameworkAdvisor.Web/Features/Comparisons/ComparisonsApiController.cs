using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace FrameworkAdvisor.Web.Features.Comparisons;

/// <summary>The comparisons as JSON: the entry point of the API, from which each chooser's endpoints are reached.</summary>
[ApiController]
[Route("api/comparisons")]
public sealed class ComparisonsApiController(ComparisonStore store) : ControllerBase
{
    [HttpGet("")]
    [OutputCache(PolicyName = PageCachePolicy.Name)]
    public IReadOnlyList<ComparisonItem> List() =>
        [.. store.ListComparisons().Select(c => new ComparisonItem(
            c.Comparison.Slug, c.Comparison.Title, [.. c.Frameworks.Select(f => new FrameworkItem(f.Slug, f.Title))]))];
}

/// <summary>One comparison in the API's list, named as the README documents it.</summary>
public sealed record ComparisonItem(string Slug, string Title, IReadOnlyList<FrameworkItem> Frameworks);

public sealed record FrameworkItem(string Slug, string Title);
