namespace FrameworkAdvisor.Web.Http.Security;

/// <summary>
/// The headers every response carries, whatever produced it: a page, a static file, API JSON, an error page, a 304
/// from the cache, a redirect or a 429 from the rate limiter.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Nothing loads unless this origin serves it, and nothing inline runs or applies: pages use one stylesheet and
    /// one script file, and the score bars are SVG attributes, not style attributes. default-src 'none' also covers
    /// object-src, frames, fonts and media, none of which the site uses. connect-src 'self' leaves room for a script
    /// that talks to this site. The page may not be framed (clickjacking), nor change its base URL, nor submit forms
    /// anywhere else.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Share links hold a visitor's answers in the query string: other sites see only our origin, while our own pages
    /// still get the full address.
    /// </summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// No page needs the camera, microphone, location, sensors, payments or USB, so no page (or anything injected into
    /// one) may ask for them. The result page's copy-link button keeps the clipboard. The share button needs web-share,
    /// whose default is already this origin only; it is not named, because Chromium builds without the Web Share API
    /// (Linux desktop) report the name as an unrecognised feature on every page.
    /// </summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), " +
        "clipboard-write=(self)";

    /// <summary>
    /// One year, the usual value for a site that is meant to stay on HTTPS. Subdomains are left out: they may belong
    /// to other services whose HTTPS we cannot vouch for.
    /// </summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>
    /// ASP.NET Core puts its host filtering in front of every app as a startup filter of its own, where no step of the
    /// app's pipeline can come before it. The site takes that filter out and runs host filtering as a step of its own
    /// pipeline, after <see cref="UseSecurityHeaders"/>, so the 400 for a refused Host carries these headers too
    /// (a test sends one).
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        var frameworkHostFiltering = services.Where(descriptor => descriptor.ServiceType == typeof(IStartupFilter)
            && descriptor.ImplementationType?.FullName == "Microsoft.AspNetCore.HostFilteringStartupFilter").ToList();
        frameworkHostFiltering.ForEach(descriptor => services.Remove(descriptor));
        return services;
    }

    /// <summary>
    /// Sets the headers as the response starts, so they survive the exception handler clearing the response and are
    /// added to answers from the page cache. Strict-Transport-Security goes only on HTTPS responses, and never in
    /// Development, where it would pin localhost to HTTPS for every other project on the machine.
    /// </summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Static callbacks with the context as their state: nothing is allocated per request to remember them.
        Func<object, Task> apply = app.Environment.IsDevelopment() ? ApplyWithoutHsts : ApplyWithHsts;
        app.Use((context, next) =>
        {
            context.Response.OnStarting(apply, context);
            return next(context);
        });
        return app;
    }

    private static Task ApplyWithHsts(object state) => Apply((HttpContext)state, sendHsts: true);

    private static Task ApplyWithoutHsts(object state) => Apply((HttpContext)state, sendHsts: false);

    private static Task Apply(HttpContext context, bool sendHsts)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
        if (sendHsts && context.Request.IsHttps)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        return Task.CompletedTask;
    }
}
