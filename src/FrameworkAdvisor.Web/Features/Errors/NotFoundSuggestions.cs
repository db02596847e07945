using System.Threading.RateLimiting;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.Web.Http.Security;

namespace FrameworkAdvisor.Web.Features.Errors;

/// <summary>
/// The pages a 404 suggests: the site's own search for the words of the address's last part, so that /aspects/orm
/// finds the page about the ORM and a typo in a slug is corrected like a typo in the search box.
/// </summary>
/// <remarks>
/// Every unknown address is new, so its search is work the page cache cannot absorb. It takes a turn of its own
/// bound, as many at once as searches (<see cref="RateLimitingOptions.SearchesAtOnce"/>), and never waits: when the
/// bound is full the page goes out without suggestions (it still offers the starting points) and is not kept, so a
/// flood of made-up addresses never searches more at once than the bound allows, and the next visitor of the
/// address still gets its suggestions.
/// </remarks>
public sealed class NotFoundSuggestions(ContentSearch search, [FromKeyedServices(NotFoundSuggestions.BoundKey)] RateLimiter bound)
{
    public const string BoundKey = "not-found-suggestions";

    private const int MaxSuggestions = 3;

    /// <summary>The suggestions for an address; false, with none, when the bound is full and nothing was looked up.</summary>
    public bool TryFind(string requested, out IReadOnlyList<SitePage> pages)
    {
        using var turn = bound.AttemptAcquire();
        if (!turn.IsAcquired)
        {
            pages = [];
            return false;
        }

        var lastSegment = requested.TrimEnd('/').Split('/').LastOrDefault() ?? "";
        pages = [.. search.Search(lastSegment).Pages.Take(MaxSuggestions).Select(page => new SitePage(page.Path, page.PageTitle, null))];
        return true;
    }
}
