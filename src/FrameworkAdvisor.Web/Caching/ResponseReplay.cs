using System.Globalization;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.ContentHosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// Replays a finished response before the pipeline does any work for it. Profiling a cache hit showed the output
/// cache itself was cheap next to everything around it: error-page wrappers, URL checks, routing, the cache's key
/// building, locking and re-reading of its stored entry. A page is a pure function of its URL, the chosen encoding
/// and the live content, so the bytes sent for one GET can be sent again as they are for the next, until content
/// changes. Only responses the pipeline itself chose to keep are replayed: pages the page cache policy stores, and
/// the 404 and 400 pages (<see cref="ReplayCapture"/>). Conditional requests go through, so the pipeline answers 304.
/// </summary>
public static class ResponseReplay
{
    /// <summary>A response bigger than this is sent but not kept (the output cache keeps up to 1 MB too).</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    // Ages as text, so a replay allocates nothing to say how old it is; entries expire within the hour.
    private static readonly string[] Ages = [.. Enumerable.Range(0, 3601).Select(seconds => seconds.ToString(CultureInfo.InvariantCulture))];

    public static IServiceCollection AddResponseReplay(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResponseReplayOptions>()
            .Bind(configuration.GetSection(ResponseReplayOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ResponseReplayStore>();
        return services;
    }

    public static WebApplication UseResponseReplay(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ResponseReplayStore>();
        var database = app.Services.GetRequiredService<ContentDatabase>();
        var refresh = app.Services.GetRequiredService<ContentRefresh>();
        var compression = app.Services.GetRequiredService<IResponseCompressionProvider>();
        app.Use((context, next) =>
        {
            var request = context.Request;
            var isGet = HttpMethods.IsGet(request.Method);
            if (!(isGet || HttpMethods.IsHead(request.Method)) || IsConditional(request.Headers))
            {
                return next(context);
            }

            // Read once, before anything renders: what is kept is kept for the content this request started with.
            var generation = database.Live.Generation;
            var rejected = refresh.RejectedImports;
            var key = KeyFor(context, compression);
            if (store.TryGet(key, out var replay) && replay.Generation == generation && replay.RejectedImports == rejected)
            {
                return ReplayAsync(context.Response, replay);
            }

            return isGet ? CaptureAsync(context, next, store, key, generation, rejected) : next(context);
        });
        return app;
    }

    private static bool IsConditional(IHeaderDictionary headers) =>
        headers.IfNoneMatch.Count > 0 || headers.IfModifiedSince.Count > 0 || headers.IfMatch.Count > 0 || headers.IfUnmodifiedSince.Count > 0 || headers.Range.Count > 0;

    /// <summary>The same parts the page cache varies by: encoding, scheme, host, path and the raw query.</summary>
    private static string KeyFor(HttpContext context, IResponseCompressionProvider compression)
    {
        var request = context.Request;
        var encoding = request.Headers.AcceptEncoding.Count == 0 ? "identity" : compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        return string.Concat(encoding, " ", request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);
    }

    private static Task ReplayAsync(HttpResponse response, ReplayedResponse replay)
    {
        response.StatusCode = replay.StatusCode;
        var headers = response.Headers;
        foreach (var (name, value) in replay.Headers)
        {
            headers[name] = value;
        }

        if (replay.Kind == ReplayKind.Page)
        {
            var age = (Environment.TickCount64 - replay.StoredAtMilliseconds) / 1000;
            headers.Age = Ages[(int)Math.Clamp(age, 0, Ages.Length - 1)];
        }

        headers.ContentLength = replay.Body.Length;
        return HttpMethods.IsHead(response.HttpContext.Request.Method) ? Task.CompletedTask : response.BodyWriter.WriteAsync(replay.Body).AsTask();
    }

    private static async Task CaptureAsync(HttpContext context, RequestDelegate next, ResponseReplayStore store, string key, int generation, int rejected)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        var capture = new ReplayCapture(original, context, MaxBodyBytes);
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
        if (capture.Kind is not { } kind || capture.Body is not { } body || context.RequestAborted.IsCancellationRequested
            || !IsKept(kind, response.StatusCode) || (response.ContentLength is { } length && length != body.Length))
        {
            return;
        }

        var headers = ReplayedResponse.KeptHeaders
            .Where(name => response.Headers.ContainsKey(name))
            .Select(name => KeyValuePair.Create(name, response.Headers[name]))
            .ToArray();

        // A response the output cache served already has an age; keep counting from when it was made.
        var age = long.TryParse(response.Headers.Age, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds * 1000 : 0;
        store.Store(key, new ReplayedResponse(kind, generation, rejected, response.StatusCode, headers, body, Environment.TickCount64 - age));
    }

    private static bool IsKept(ReplayKind kind, int status) => kind == ReplayKind.Page
        ? status == StatusCodes.Status200OK
        : status is StatusCodes.Status404NotFound or StatusCodes.Status400BadRequest;
}
