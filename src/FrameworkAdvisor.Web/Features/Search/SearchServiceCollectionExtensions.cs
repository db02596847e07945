using FrameworkAdvisor.Store.Search;

namespace FrameworkAdvisor.Web.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Full-text search over the live content database, for the search page and its JSON API.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) => services.AddSingleton<ContentSearch>();
}
