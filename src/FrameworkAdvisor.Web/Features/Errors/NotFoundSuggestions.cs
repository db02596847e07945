using FrameworkAdvisor.Store;
using FrameworkAdvisor.Store.Search;

namespace FrameworkAdvisor.Web.Features.Errors;

/// <summary>
/// The pages a 404 suggests: the site's own search for the words of the address's last part, so that /aspects/orm
/// finds the page about the ORM and a typo in a slug is corrected like a typo in the search box.
/// </summary>
public static class NotFoundSuggestions
{
    private const int MaxSuggestions = 3;

    public static IReadOnlyList<SitePage> For(ContentSearch search, string requested)
    {
        var lastSegment = requested.TrimEnd('/').Split('/').LastOrDefault() ?? "";
        return [.. search.Search(lastSegment).Pages.Take(MaxSuggestions).Select(page => new SitePage(page.Path, page.PageTitle, null))];
    }
}
