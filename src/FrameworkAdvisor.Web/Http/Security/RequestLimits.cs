using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FrameworkAdvisor.Web.Http.Security;

/// <summary>
/// How much of a request the server will take. The site's only request body is the recommendation API's JSON, which
/// it caps at 16 KB itself; pages take no bodies at all (the chooser's form is a GET). So the server-wide limits sit a
/// little above that, instead of Kestrel's 30 MB default, and anything that reads past them gets a 413, not a 500.
/// </summary>
public static class RequestLimits
{
    /// <summary>Four times the API's own cap: room for a future form, far below anything that costs us to hold.</summary>
    public const int MaxRequestBodyBytes = 64 * 1024;

    /// <summary>
    /// Method, path and query. The longest share link the chooser accepts is 1,000 characters, so 8 KB (Kestrel's
    /// usual value, stated here so a change of default cannot move it) leaves room for tracking parameters that
    /// people paste along. Longer lines get 414 from the server itself.
    /// </summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>All headers together; more gets 431. Browsers send a few hundred bytes, as we set no cookies.</summary>
    public const int MaxRequestHeadersBytes = 32 * 1024;

    /// <summary>
    /// No Server header (it only tells an attacker what to try), the size limits above, for Kestrel and for anything
    /// that reads a form, and no form parsing in MVC.
    /// </summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            options.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            options.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
        });
        services.Configure<MvcOptions>(options =>
        {
            // No endpoint takes a form (the chooser's form is a GET), so MVC is not allowed to parse bodies as forms.
            // Otherwise any request with a form content type is parsed before its action runs: a key like "a[" makes
            // the jQuery-style reader throw, and a broken multipart body leaves route values unbound (null), both
            // 500s. An action that one day takes a form must add FormValueProviderFactory back.
            options.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
            options.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        });
        services.Configure<FormOptions>(options =>
        {
            // A form as long as the longest share link: 64 fields of short ids.
            options.ValueCountLimit = 64;
            options.KeyLengthLimit = 256;
            options.ValueLengthLimit = 4 * 1024;
            options.BufferBodyLengthLimit = MaxRequestBodyBytes;
            options.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });
        return services;
    }

    /// <summary>
    /// A body declared larger than the limit is never read, so the server cannot read past it to the next request on
    /// the connection: say so with Connection: close, or a client that reuses the connection sees it reset.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.ContentLength > MaxRequestBodyBytes)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.Connection = "close";
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        return app;
    }
}
