using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Http;

namespace FrameworkAdvisor.Web.ContentHosting;

public static class ContentReadyGateExtensions
{
    /// <summary>
    /// Requests that arrive while the start-up import is still running wait for it, and get 503 if it failed (the
    /// site is then shutting down). Once it has succeeded this is one completed-task check.
    /// </summary>
    /// <remarks>
    /// The 503 is a bare status here, written out by <see cref="ShortErrorAnswers"/> in front of this step, not by the
    /// site's usual error page: that page's layout reads the content, which is exactly what is missing.
    /// </remarks>
    public static WebApplication UseContentReadyGate(this WebApplication app)
    {
        var startup = app.Services.GetRequiredService<ContentStartupImport>();
        app.Use((context, next) =>
        {
            var outcome = startup.Outcome;
            return outcome.IsCompletedSuccessfully && outcome.Result.Succeeded
                ? next(context)
                : WaitForImportAsync(context, next, outcome);
        });
        return app;
    }

    // Apart from the check above, so a request after start-up (every request but the first few) costs no state machine.
    private static async Task WaitForImportAsync(HttpContext context, RequestDelegate next, Task<ImportOutcome> outcome)
    {
        var succeeded = await outcome.ContinueWith(t => t.IsCompletedSuccessfully && t.Result.Succeeded, TaskScheduler.Default);
        if (!succeeded)
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        await next(context);
    }
}
