namespace FrameworkAdvisor.Web.Infrastructure;

public static class OptionsServiceCollectionExtensions
{
    /// <summary>Binds the typed settings and validates them when the host starts, not on first use.</summary>
    public static IServiceCollection AddSiteOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.PublicOrigin is null || (o.PublicOrigin.IsAbsoluteUri && o.PublicOrigin.AbsolutePath == "/"),
                "Site:PublicOrigin must be an absolute origin such as https://example.org, with no path")
            .ValidateOnStart();
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // A missing content folder is reported by the content loader, with the path it tried, as a content error.
        return services;
    }
}
