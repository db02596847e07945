using System.Text.Encodings.Web;
using System.Text.Unicode;
using FrameworkAdvisor.Web.Http;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc.Razor;

namespace FrameworkAdvisor.Web.Site;

public static class SitePagesExtensions
{
    /// <summary>MVC with views kept beside their controllers, in one folder per feature.</summary>
    public static IServiceCollection AddSitePages(this IServiceCollection services)
    {
        services.AddControllersWithViews(options => options.Conventions.Add(new HeadAlongsideGetConvention()));
        services.AddSingleton<SiteUrls>();

        // Razor still encodes <, >, & and quotes; this only stops it turning every curly quote and accent into
        // a numeric entity, which made pages bigger and harder to read as source.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RazorViewEngineOptions>(options =>
        {
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.Configure<RouteOptions>(options =>
        {
            options.ConstraintMap["slug"] = typeof(SlugRouteConstraint);
            options.LowercaseUrls = true;
        });
        return services;
    }
}
