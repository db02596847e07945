using System.Globalization;
using System.IO.Compression;
using FrameworkAdvisor.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// The one page cache. A page is a pure function of its URL, the chosen encoding and the live content, so the bytes
/// sent for one GET are sent again as they are for the next, until the content changes, before the pipeline does
/// any work for it. What is kept is decided as each answer starts (<see cref="ResponseCapture"/>): pages from
/// <see cref="CachedPageAttribute"/> endpoints, and the 404 and 400 pages. Each kept page carries the ETag made for
/// it then, so a revalidation is answered 304 from the entry; one that finds no entry (after a restart, an eviction
/// or on another instance) is answered after routing by <see cref="UsePageRevalidation"/> with the same tag.
/// </summary>
public static class PageCache
{
    /// <summary>The meter with the cache's lookups (hit or miss), entries and size, by kind of answer.</summary>
    public const string MeterName = "FrameworkAdvisor.PageCache";

    /// <summary>A response bigger than this is sent but not kept.</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    // Ages as text, so a hit allocates nothing to say how old it is; entries expire within the hour.
    private static readonly string[] Ages = [.. Enumerable.Range(0, 3601).Select(seconds => seconds.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The cache, and compression of everything not already compressed (the cache keeps compressed bodies).</summary>
    public static IServiceCollection AddPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PageCacheOptions>()
            .Bind(configuration.GetSection(PageCacheOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PageCacheStore>();

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
        return services;
    }

    public static WebApplication UsePageCache(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<PageCacheStore>();
        var database = app.Services.GetRequiredService<ContentDatabase>();
        var compression = app.Services.GetRequiredService<IResponseCompressionProvider>();
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || HasOtherConditions(request.Headers))
            {
                return next(context);
            }

            // Read once, before anything renders: what is kept is kept for the content this request started with.
            var live = database.Live;

            // An error page renders through here a second time, for the address whose first pass found nothing; it is
            // kept under that address, so the next request for it is answered on its first pass. A busy page (503,
            // 429) names no address, so it is kept once, under its own, for every address the work limits refuse:
            // a flood of refusals then costs no more than a flood of cache hits.
            var rendersErrorPage = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
            var busy = rendersErrorPage && ResponseCapture.IsBusy(context.Response.StatusCode);
            var address = busy ? PageAddress.OfOwnPath(request) : PageAddress.Of(request);
            var key = address.KeyFor(context, compression);
            return (!rendersErrorPage || busy) && store.TryGet(key, live.Generation, out var cached)
                ? SendAsync(context, cached)
                : RenderAndKeepAsync(context, next, store, key, live, address);
        });
        return app;
    }

    /// <summary>
    /// Answers a matching If-None-Match for a page endpoint with 304 before anything renders, when the cache has no
    /// entry to answer it from. After routing, which says whether the endpoint is a page.
    /// </summary>
    public static WebApplication UsePageRevalidation(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<ContentDatabase>();
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.Headers.IfNoneMatch.Count == 0
                || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                || context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is null)
            {
                return next(context);
            }

            var etag = PageAddress.Of(request).ETagFor(database.Live);
            return Matches(request.Headers, etag) ? NotModified(context.Response, etag) : next(context);
        });
        return app;
    }

    /// <summary>Conditions other than If-None-Match are rare for pages; the pipeline answers them.</summary>
    private static bool HasOtherConditions(IHeaderDictionary headers) =>
        headers.IfModifiedSince.Count > 0 || headers.IfMatch.Count > 0 || headers.IfUnmodifiedSince.Count > 0 || headers.Range.Count > 0;

    /// <summary>"*" is left to the pipeline: whether an address exists at all is only known once its endpoint runs.</summary>
    private static bool Matches(IHeaderDictionary headers, string etag) =>
        EntityTagHeaderValue.TryParseList(headers.IfNoneMatch, out var offered)
        && offered.Any(tag => tag.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));

    private static Task NotModified(HttpResponse response, string etag)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        ResponseCapture.SetValidators(response.Headers, etag);
        return Task.CompletedTask;
    }

    private static Task SendAsync(HttpContext context, CachedResponse cached)
    {
        var response = context.Response;
        if (cached is { Kind: CachedKind.Page, ETag: { } etag } && context.Request.Headers.IfNoneMatch.Count > 0 && Matches(context.Request.Headers, etag))
        {
            return NotModified(response, etag);
        }

        response.StatusCode = cached.StatusCode;
        var headers = response.Headers;
        foreach (var (name, value) in cached.Headers)
        {
            headers[name] = value;
        }

        if (cached.Kind == CachedKind.Page)
        {
            var age = (Environment.TickCount64 - cached.StoredAtMilliseconds) / 1000;
            headers.Age = Ages[(int)Math.Clamp(age, 0, Ages.Length - 1)];
        }

        headers.ContentLength = cached.Body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.BodyWriter.WriteAsync(cached.Body).AsTask();
    }

    private static async Task RenderAndKeepAsync(HttpContext context, RequestDelegate next, PageCacheStore store, string key, LiveContent live, PageAddress address)
    {
        string? etag = null;
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var capture = new ResponseCapture(original, context, () => etag ??= address.ETagFor(live), MaxBodyBytes);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await next(context);
            await capture.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        var response = context.Response;
        if (!HttpMethods.IsGet(context.Request.Method) || capture.Kind is not { } kind || capture.Body is not { } body
            || context.RequestAborted.IsCancellationRequested || (response.ContentLength is { } length && length != body.Length))
        {
            return;
        }

        var headers = CachedResponse.KeptHeaders
            .Where(response.Headers.ContainsKey)
            .Select(name => KeyValuePair.Create(name, response.Headers[name]))
            .ToArray();
        store.Store(key, new CachedResponse(kind, live.Generation, response.StatusCode, etag, headers, body, Environment.TickCount64));
    }
}
