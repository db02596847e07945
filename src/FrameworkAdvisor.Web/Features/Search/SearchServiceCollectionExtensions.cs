using System.Threading.RateLimiting;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.Web.Features.Errors;
using FrameworkAdvisor.Web.Http.Security;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Features.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Full-text search over the live content database, for the search page, its JSON API and the 404 page's
    /// suggestions (with their own bound, see <see cref="NotFoundSuggestions"/>), with the pages offered when it
    /// finds nothing.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services) =>
        services.AddSingleton<ContentSearch>()
            .AddSingleton<StartingPoints>()
            .AddSingleton<NotFoundSuggestions>()
            .AddKeyedSingleton<RateLimiter>(NotFoundSuggestions.BoundKey, (provider, _) => new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = provider.GetRequiredService<IOptions<RateLimitingOptions>>().Value.SearchesAtOnce,
                QueueLimit = 0,
            }));
}
