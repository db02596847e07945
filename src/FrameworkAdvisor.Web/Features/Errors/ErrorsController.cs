using System.Globalization;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Search;
using FrameworkAdvisor.Web.Features.Shared;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkAdvisor.Web.Features.Errors;

/// <summary>
/// Renders error pages for the status-code and exception middleware. Any HTTP method reaches it, because a
/// re-executed request keeps the method the visitor used.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(NotFoundSuggestions suggestions, StartingPoints startingPoints) : Controller
{
    /// <summary>
    /// Takes no parameters on purpose: with none to bind, MVC never reads the request body, so a re-executed request
    /// whose body is a broken or oversized form cannot fail a second time here and turn its 4xx into a 500.
    /// </summary>
    [Route("/errors/{code:int}")]
    public IActionResult Status()
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var exception = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (exception is not null)
        {
            var failed = StatusFor(exception.Error);
            Response.StatusCode = failed;
            return ProblemResponses.IsApi(exception.Path)
                ? Problem(statusCode: failed, title: failed >= 500 ? "Something went wrong on our side" : null, detail: failed >= 500 ? null : ApiExplanation(failed))
                : View("Error", new ErrorViewModel(failed));
        }

        // Someone typing /errors/500 by hand has asked for a page that does not exist.
        var reExecute = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var status = reExecute is null || code is < 400 or > 599 ? StatusCodes.Status404NotFound : code;
        Response.StatusCode = status;
        if (reExecute is not null && ProblemResponses.IsApi(reExecute.OriginalPath))
        {
            // API clients get a machine-readable answer, never an HTML page.
            return Problem(statusCode: status, detail: ApiExplanation(status));
        }

        if (status != StatusCodes.Status404NotFound)
        {
            return View("Error", new ErrorViewModel(status));
        }

        var requested = reExecute?.OriginalPath ?? Request.Path.Value ?? "/";
        if (!suggestions.TryFind(requested, out var suggested))
        {
            // Busy: this answer lacks its suggestions, so no cache may keep it for the address.
            Response.Headers.CacheControl = "no-store";
        }

        return View("NotFound", new NotFoundViewModel(requested, suggested, startingPoints.Comparisons));
    }

    /// <summary>
    /// Some exceptions mean the request was refused, not that we failed: the server throws BadHttpRequestException
    /// for a body over its size limit, and form readers throw InvalidDataException (wrapped by model binding) for a
    /// form over the form limits. Those get their 4xx; everything else is our fault and a 500.
    /// </summary>
    private static int StatusFor(Exception error) => error switch
    {
        BadHttpRequestException refused => refused.StatusCode,
        InvalidDataException or { InnerException: InvalidDataException } => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string ApiExplanation(int status) => status switch
    {
        StatusCodes.Status404NotFound => "No API endpoint at this address. /developers describes every endpoint, and /openapi/v1.json is the same as an OpenAPI document.",
        StatusCodes.Status405MethodNotAllowed => "This endpoint does not accept that HTTP method.",
        StatusCodes.Status413RequestEntityTooLarge => "The request body is larger than this site accepts. A recommendation request is a few hundred bytes.",
        _ => "The request could not be handled.",
    };
}

public sealed record NotFoundViewModel(string RequestedPath, IReadOnlyList<SitePage> Suggestions, IReadOnlyList<ComparisonListItem> Comparisons)
    : PageViewModel("Page not found", "There is no page at this address.", RequestedPath)
{
    /// <summary>Long garbage URLs are shortened before being shown back (Razor still encodes what is shown).</summary>
    public string ShownPath => RequestedPath.Length <= 120 ? RequestedPath : RequestedPath[..120] + "…";
}

public sealed record ErrorViewModel(int StatusCode)
    : PageViewModel(TitleFor(StatusCode), "An error page.", "/")
{
    public string Explanation => StatusCode switch
    {
        503 => "The site is busy with as much of this kind of work as it can do at once. Please try again in a moment; pages you have seen before still open.",
        429 => "This address has asked for a lot of this kind of work in a short time. Please wait a little and try again; the site’s other pages still open.",
        >= 500 => "The fault is ours, not yours. Please try again in a moment; if it keeps happening, the page may be broken.",
        405 => "This address does not accept that kind of request.",
        413 => "The request was larger than this site accepts.",
        414 => "This address is longer than any this site makes. If you followed a link here, it may have been changed on its way; the site’s own links are short.",
        431 => "The request’s headers were larger than this site accepts.",
        _ => "The request could not be understood. Check the address, or start again from the home page.",
    };

    private static string TitleFor(int status) => status switch
    {
        503 or 429 => "Busy: please try again shortly",
        >= 500 => "Something went wrong",
        _ => "That request could not be handled",
    };
}
