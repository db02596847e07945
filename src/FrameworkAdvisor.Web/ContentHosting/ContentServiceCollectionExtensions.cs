using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.ContentHosting;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// The content pipeline: its settings (validated when the host starts), loader, SQLite store, and the import that
    /// runs before the server listens.
    /// </summary>
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        // A missing content folder is reported by the content loader, with the path it tried, as a content error.
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => ContentPaths.Resolve(
            sp.GetRequiredService<IOptions<ContentOptions>>().Value,
            sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton(sp => new ContentDatabase(sp.GetRequiredService<ContentPaths>().DatabasePath));
        services.AddSingleton<ContentDatabaseBuilder>();
        services.AddSingleton<ContentImporter>();
        // One reading of the content per request: every query of a page sees the same content version.
        services.AddScoped<ComparisonStore>();
        services.AddSingleton<ContentRefresh>();

        // The start-up import runs beside the rest of start-up; UseContentReadyGate holds requests until it is done.
        services.AddSingleton<ContentStartupImport>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentStartupImport>());
        services.AddSingleton<SiteReadiness>();
        services.AddSingleton<ContentWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentWatcher>());
        return services;
    }
}
