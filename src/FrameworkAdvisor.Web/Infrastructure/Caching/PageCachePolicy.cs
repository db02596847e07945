using FrameworkAdvisor.Store;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace FrameworkAdvisor.Web.Infrastructure.Caching;

/// <summary>
/// Output caching for pages and API reads. Every page is a pure function of the URL (query string included, so
/// share links are cached too), the live content and the build, so entries are keyed by those and never need
/// purging: when content is swapped in, the generation in the key changes and old entries simply stop matching
/// (they age out of the size-limited store). Compressed bodies are cached per chosen encoding, so a hit costs no
/// rendering and no compression.
/// </summary>
public sealed class PageCachePolicy(TimeSpan expiration, TimeSpan browserMaxAge) : IOutputCachePolicy
{
    public const string Name = "pages";

    // Changes with every build of the site, so a deploy of new views with the same content changes ETags too.
    private static readonly string BuildStamp =
        typeof(PageCachePolicy).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var httpContext = context.HttpContext;
        var services = httpContext.RequestServices;
        var isRead = HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method);

        // Read once: the key and the ETag must describe the same content even if a swap happens mid-request.
        var live = services.GetRequiredService<ContentDatabase>().Live;
        AddValidators(httpContext.Response, live);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = isRead;
        context.AllowCacheStorage = isRead;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = expiration;
        // The raw query string, byte for byte: two spellings of one share link are different responses (one is
        // a 301 to the other), so the cache must not fold them together the way key-by-key matching would.
        context.CacheVaryByRules.VaryByValues["query"] = httpContext.Request.QueryString.Value ?? "";
        context.CacheVaryByRules.VaryByValues["content"] =
            $"{live.Generation}.{services.GetRequiredService<ContentRefresh>().RejectedImports}";

        // The same choice the compression middleware will make for this request, so each cached body is served
        // only to clients that accept its encoding.
        var compression = services.GetRequiredService<IResponseCompressionProvider>().GetCompressionProvider(httpContext);
        context.CacheVaryByRules.VaryByValues["encoding"] = compression?.EncodingName ?? "identity";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only complete, anonymous pages are shared between visitors: errors and anything setting a cookie are not.
        if (!IsShareable(context.HttpContext.Response))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsShareable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK && response.Headers.SetCookie.Count == 0;

    /// <summary>
    /// Validators are set before the action runs, because the cache records the headers as the body starts; they are
    /// taken off again at the last moment if the response turns out not to be a shareable page (a 404, say).
    /// </summary>
    private void AddValidators(HttpResponse response, LiveContent live)
    {
        response.Headers.ETag = new EntityTagHeaderValue($"\"{live.Version}-{BuildStamp}\"", isWeak: true).ToString();
        response.Headers.CacheControl = $"public, max-age={(int)browserMaxAge.TotalSeconds}";

        // Every page exists in identity, gzip and Brotli forms; say so on the identity form too (the compression
        // middleware only says it when it compresses), so a shared cache never hands one form to every client.
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.OnStarting(() =>
        {
            // A 304 keeps them: it tells the browser which copy is still current, and for how long.
            if (!IsShareable(response) && response.StatusCode != StatusCodes.Status304NotModified)
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.CacheControl);
                response.Headers.Remove(HeaderNames.Vary);
            }

            return Task.CompletedTask;
        });
    }
}
