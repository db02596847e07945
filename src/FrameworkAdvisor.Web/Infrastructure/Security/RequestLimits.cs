using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FrameworkAdvisor.Web.Infrastructure.Security;

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
    /// No Server header (it only tells an attacker what to try), and the size limits above, for Kestrel and for
    /// anything that reads a form.
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
}
