using System.Security.Cryptography;
using System.Text;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.ContentHosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace FrameworkAdvisor.Web.Caching;

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

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ReplayCapture.Mark(context.HttpContext, ReplayKind.Page);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only complete, anonymous pages are shared between visitors: errors and anything setting a cookie are not.
        if (IsShareable(context.HttpContext.Response))
        {
            ReplayCapture.Mark(context.HttpContext, ReplayKind.Page);
        }
        else
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
        SetValidators(response, ETagFor(live, response.HttpContext.Request));
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

    /// <summary>
    /// A revalidation the cache cannot answer (after a restart, an eviction or on another instance) would otherwise
    /// render the page again only to find it unchanged. A page is a pure function of its URL, the content and the
    /// build, and the ETag names exactly those, so a matching If-None-Match for a page endpoint is answered 304
    /// before anything renders. Skipped while a rejected edit is pending, because the Development banner is not
    /// part of the ETag.
    /// </summary>
    public bool TryAnswerNotModified(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.IfNoneMatch.Count == 0
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName != Name
            || context.RequestServices.GetRequiredService<ContentRefresh>().LastFailure is not null
            || !EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var offered))
        {
            return false;
        }

        var current = ETagFor(context.RequestServices.GetRequiredService<ContentDatabase>().Live, request);
        var currentTag = EntityTagHeaderValue.Parse(current);
        // "*" is left to the normal path: whether this address exists at all is only known once its action runs.
        if (!offered.Any(tag => tag.Compare(currentTag, useStrongComparison: false)))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status304NotModified;
        SetValidators(context.Response, current);
        return true;
    }

    /// <summary>
    /// Content version, build, and the address itself: without the last, any page's tag would match every other
    /// page's, and a client sending one page's tag for a missing page would get 304 instead of 404. Hashed with
    /// SHA-256 (not string.GetHashCode, which differs per process) so every instance gives a page the same tag.
    /// </summary>
    private static string ETagFor(LiveContent live, HttpRequest request)
    {
        var address = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var addressHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)), 0, 6);
        return new EntityTagHeaderValue($"\"{live.Version}-{BuildStamp}-{addressHash}\"", isWeak: true).ToString();
    }

    private void SetValidators(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = $"public, max-age={(int)browserMaxAge.TotalSeconds}";

        // Every page exists in identity, gzip and Brotli forms; say so on the identity form too (the compression
        // middleware only says it when it compresses), so a shared cache never hands one form to every client.
        response.Headers.Vary = HeaderNames.AcceptEncoding;
    }
}
