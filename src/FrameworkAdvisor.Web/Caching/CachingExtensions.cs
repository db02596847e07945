using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace FrameworkAdvisor.Web.Caching;

public static class CachingExtensions
{
    /// <summary>
    /// Output caching of rendered pages, revalidation of unchanged ones, and compression of everything that is not
    /// already compressed. Program.cs puts their middleware in order.
    /// </summary>
    public static IServiceCollection AddSiteCaching(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here: no page carries a secret (no cookies, tokens or personal data) that reflected
            // input could be used to guess, which is what the BREACH attack needs.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml", "text/markdown", "application/manifest+json"]);
        });

        // Cached pages are compressed once, so spend a little more effort than the fastest level.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);

        var pages = new PageCachePolicy(expiration: TimeSpan.FromHours(1), browserMaxAge: TimeSpan.FromMinutes(1));
        services.AddSingleton(pages);
        services.AddOutputCache(options =>
        {
            // Keys include the full URL, so share links with any answers are cached; the size limit keeps hostile
            // or merely unusual URLs from growing the store without bound (least recently used entries go first).
            options.SizeLimit = 64 * 1024 * 1024;
            options.MaximumBodySize = 1024 * 1024;
            options.AddPolicy(PageCachePolicy.Name, pages);
        });
        return services;
    }

    /// <summary>
    /// A matching If-None-Match for an unchanged page is answered 304 here, even when the output cache has no entry
    /// (see <see cref="PageCachePolicy.TryAnswerNotModified"/>).
    /// </summary>
    public static WebApplication UsePageRevalidation(this WebApplication app)
    {
        var pages = app.Services.GetRequiredService<PageCachePolicy>();
        app.Use((context, next) => pages.TryAnswerNotModified(context) ? Task.CompletedTask : next(context));
        return app;
    }
}
