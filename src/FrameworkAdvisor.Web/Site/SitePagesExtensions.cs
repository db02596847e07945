using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using FrameworkAdvisor.Web.Http;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc.Razor;

namespace FrameworkAdvisor.Web.Site;

public static partial class SitePagesExtensions
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

    /// <summary>
    /// MapStaticAssets serves gzip copies that a build (not a publish) keeps under obj/, and only finds them through
    /// the static web assets manifest. Without this, a Release build run straight from bin/ outside Development
    /// answers every compressed request for site.css with an empty body. After a publish there is no manifest and
    /// this does nothing.
    /// A build manifest also switches on MapStaticAssets' development reloader, which answers every asset with
    /// no-cache and re-gzips the wwwroot file on the fly at no compression at all. Outside Development nobody edits
    /// the files of a running build, so turn it off: assets are then served as after a publish, precompressed, a
    /// year and immutable for fingerprinted URLs, no-cache for the plain ones.
    /// </summary>
    public static WebApplicationBuilder UseBuildOutputStaticAssets(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Configuration["ReloadStaticAssetsAtRuntime"] = "false";
        }

        return builder;
    }

    /// <summary>
    /// Friendly pages for errors: a 404 that suggests where to go, and in Production a 500 page with no exception
    /// detail. Development keeps the developer exception page.
    /// </summary>
    public static WebApplication UseSiteErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errors/500");
        }

        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        return app;
    }

    /// <summary>
    /// One URL per page: /compare/Foo/ and /compare/foo both redirect permanently to /compare/foo, so links that
    /// people type or paste still work and search engines see one address.
    /// </summary>
    public static WebApplication UseCanonicalUrls(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            var isPage = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            if (isPage && path.StartsWith("/compare/", StringComparison.OrdinalIgnoreCase) && CanonicalPathShape().IsMatch(path))
            {
                var canonical = path.TrimEnd('/').ToLowerInvariant();
                if (canonical != path)
                {
                    context.Response.Redirect(canonical + context.Request.QueryString, permanent: true);
                    return;
                }
            }

            await next(context);
        });
        return app;
    }

    /// <summary>Only plain slug paths are rewritten; anything stranger is left to answer 404 as it is.</summary>
    [GeneratedRegex("^(/[A-Za-z0-9-]{1,80}){1,4}/?$")]
    private static partial Regex CanonicalPathShape();
}
