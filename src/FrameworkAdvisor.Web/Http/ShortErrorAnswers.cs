using System.Text.Encodings.Web;
using FrameworkAdvisor.Web.Site;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Http;

/// <summary>
/// The error shape for the steps in front of the site's error pages (host filtering's 400, the content gate's 503):
/// a ProblemDetails under /api, a short page elsewhere. Those steps set a bare status and this writes it out.
/// </summary>
/// <remarks>
/// Not the site's usual error page: that page reads the content (missing while the gate refuses) and builds absolute
/// URLs from the Host (untrusted when host filtering refuses). This one reads neither, nor anything else from the
/// request, and uses only what was resolved at start-up, so it can answer while the site stops.
/// </remarks>
public static class ShortErrorAnswers
{
    public static WebApplication UseShortErrorAnswers(this WebApplication app)
    {
        var problems = app.Services.GetRequiredService<ProblemDetailsFactory>();
        var site = app.Services.GetRequiredService<IOptions<SiteOptions>>();
        app.UseStatusCodePages(context => WriteAsync(context.HttpContext, problems, site.Value.Name));
        return app;
    }

    private static Task WriteAsync(HttpContext context, ProblemDetailsFactory problems, string siteName)
    {
        var status = context.Response.StatusCode;
        var (title, text) = Describe(status);
        if (ProblemResponses.IsApi(context.Request.Path))
        {
            return ProblemResponses.WriteAsync(context, problems, status, title, text);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} – {HtmlEncoder.Default.Encode(siteName)}</title></head>
            <body><main><h1>{title}</h1><p>{text}</p></main></body>
            </html>

            """, context.RequestAborted);
    }

    private static (string Title, string Text) Describe(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ("Bad request", "This site does not answer to the host name the request was sent to."),
        StatusCodes.Status503ServiceUnavailable => ("Not available", "The site could not load its content, so it is stopping. Please try again in a moment."),
        _ => (ReasonPhrases.GetReasonPhrase(status), "The request could not be answered."),
    };
}
