namespace FrameworkAdvisor.Web.Site;

public static class SiteOptionsServiceCollectionExtensions
{
    /// <summary>Binds the site's settings and validates them when the host starts, not on first use.</summary>
    public static IServiceCollection AddSiteOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.PublicOrigin is null || (o.PublicOrigin.IsAbsoluteUri && o.PublicOrigin.AbsolutePath == "/"),
                "Site:PublicOrigin must be an absolute origin such as https://example.org, with no path")
            .ValidateOnStart();
        return services;
    }
}
