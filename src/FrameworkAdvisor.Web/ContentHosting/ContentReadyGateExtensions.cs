using System.Text.Encodings.Web;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Site;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.ContentHosting;

public static class ContentReadyGateExtensions
{
    private const string UnavailableText = "The site could not load its content, so it is stopping. Please try again in a moment.";

    /// <summary>
    /// Requests that arrive while the start-up import is still running wait for it, and get 503 if it failed (the
    /// site is then shutting down). Once it has succeeded this is one completed-task check.
    /// </summary>
    /// <remarks>
    /// The 503 is a ProblemDetails on API paths and a short page elsewhere, not the site's usual error page: that
    /// page's layout reads the content, which is exactly what is missing. The security headers are already set by the
    /// step before this one.
    /// </remarks>
    public static WebApplication UseContentReadyGate(this WebApplication app)
    {
        var startup = app.Services.GetRequiredService<ContentStartupImport>();

        // Resolved now (their values are read when needed, after start-up has validated them): a failed import stops
        // the site, whose services may be disposed before the 503 is written.
        var unavailable = new Unavailable(
            app.Services.GetRequiredService<ProblemDetailsFactory>(),
            app.Services.GetRequiredService<IOptions<SiteOptions>>());
        app.Use((context, next) =>
        {
            var outcome = startup.Outcome;
            return outcome.IsCompletedSuccessfully && outcome.Result.Succeeded
                ? next(context)
                : WaitForImportAsync(context, next, outcome, unavailable);
        });
        return app;
    }

    // Apart from the check above, so a request after start-up (every request but the first few) costs no state machine.
    private static async Task WaitForImportAsync(HttpContext context, RequestDelegate next, Task<ImportOutcome> outcome, Unavailable unavailable)
    {
        var succeeded = await outcome.ContinueWith(t => t.IsCompletedSuccessfully && t.Result.Succeeded, TaskScheduler.Default);
        if (!succeeded)
        {
            context.Response.Headers.CacheControl = "no-store";
            if (ProblemResponses.IsApi(context.Request.Path))
            {
                await ProblemResponses.WriteAsync(context, unavailable.Problems, StatusCodes.Status503ServiceUnavailable, "Not available", UnavailableText);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync($"""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not available – {HtmlEncoder.Default.Encode(unavailable.Site.Value.Name)}</title></head>
                <body><main><h1>Not available</h1><p>{UnavailableText}</p></main></body>
                </html>

                """, context.RequestAborted);
            return;
        }

        await next(context);
    }

    private sealed record Unavailable(ProblemDetailsFactory Problems, IOptions<SiteOptions> Site);
}
