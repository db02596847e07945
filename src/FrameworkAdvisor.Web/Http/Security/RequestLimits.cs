using Microsoft.AspNetCore.Diagnostics;
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
    /// Method, path and query. The longest share link the chooser makes is 200 characters and it reads at most 1,000
    /// characters of answers, so 8 KB (Kestrel's usual value) leaves room for the tracking parameters platforms add.
    /// Longer lines get 414 with the site's error page (see <see cref="UseRequestLineAndHeaderLimits"/>).
    /// </summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>All headers together; more gets 431 with the site's error page. Browsers send a few hundred bytes, as we set no cookies.</summary>
    public const int MaxRequestHeadersBytes = 32 * 1024;

    /// <summary>
    /// Where Kestrel itself stops reading. Kestrel answers a request line or headers over its limits with a bare status
    /// and no body, before any of the app runs, so its limits sit above the site's and the site enforces its own with a
    /// page that says what happened. Beyond these, a request is refused by Kestrel unread, at no cost.
    /// </summary>
    public const int ServerCeilingBytes = 64 * 1024;

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
            options.Limits.MaxRequestLineSize = ServerCeilingBytes;
            options.Limits.MaxRequestHeadersTotalSize = ServerCeilingBytes;
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

    /// <summary>
    /// A request line over <see cref="MaxRequestLineBytes"/> gets 414 and headers over <see cref="MaxRequestHeadersBytes"/>
    /// get 431, answered as a bare status so the error pages around this step render the site's short page for it.
    /// Measured as Kestrel measures them, from the request as it arrived. Not checked again while an error page renders,
    /// since the error page sees the same request line.
    /// </summary>
    public static WebApplication UseRequestLineAndHeaderLimits(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is null && Exceeded(context) is { } status)
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }

    private static int? Exceeded(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? $"{request.PathBase}{request.Path}{request.QueryString}";
        // "METHOD target HTTP/1.1\r\n"
        if (request.Method.Length + target.Length + request.Protocol.Length + 4 > MaxRequestLineBytes)
        {
            return StatusCodes.Status414UriTooLong;
        }

        // "Name: value\r\n" for each header line. A plain loop: this runs on every request, cache hits included.
        var headers = 0;
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                headers += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return headers > MaxRequestHeadersBytes ? StatusCodes.Status431RequestHeaderFieldsTooLarge : null;
    }
}
