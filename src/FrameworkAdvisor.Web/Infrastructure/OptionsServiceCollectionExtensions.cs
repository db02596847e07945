using Microsoft.Extensions.Options;

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
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentDirectoryExists>();
        return services;
    }

    /// <summary>A missing content folder is a set-up mistake; say which path was tried and how to change it.</summary>
    private sealed class ContentDirectoryExists(IWebHostEnvironment environment) : IValidateOptions<ContentOptions>
    {
        public ValidateOptionsResult Validate(string? name, ContentOptions options)
        {
            var directory = Path.GetFullPath(options.Directory, environment.ContentRootPath);
            return Directory.Exists(directory)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"Content:Directory points to '{directory}', which does not exist. Set Content__Directory to the content folder.");
        }
    }
}
