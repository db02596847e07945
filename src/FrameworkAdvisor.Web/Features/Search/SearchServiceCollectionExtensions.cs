using FrameworkAdvisor.Store.Search;

namespace FrameworkAdvisor.Web.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Full-text search over the live content database, for the search page, its JSON API and the 404 page's
    /// suggestions, with the pages offered when it finds nothing.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) =>
        services.AddSingleton<ContentSearch>().AddSingleton<StartingPoints>();
}
