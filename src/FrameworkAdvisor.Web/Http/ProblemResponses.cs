using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace FrameworkAdvisor.Web.Http;

/// <summary>
/// The API's one error shape for answers from steps that run outside MVC (the rate limiter, the content gate): made by
/// MVC's ProblemDetailsFactory like every error an action returns, so it has the status's type link and the traceId,
/// and sent as application/problem+json with its charset, as MVC sends them.
/// </summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json; charset=utf-8";

    /// <summary>
    /// Type links for the statuses only steps outside MVC send, which MVC's own list lacks (it has 503 already).
    /// </summary>
    public static IServiceCollection AddProblemTypes(this IServiceCollection services) =>
        services.Configure<ApiBehaviorOptions>(options => options.ClientErrorMapping.TryAdd(
            StatusCodes.Status429TooManyRequests,
            new ClientErrorData { Link = "https://www.rfc-editor.org/rfc/rfc6585#section-4", Title = "Too Many Requests" }));

    /// <summary>Paths under /api answer errors with a ProblemDetails; every other path with a page.</summary>
    public static bool IsApi(string? path) =>
        path is not null && (path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || path.Equals("/api", StringComparison.OrdinalIgnoreCase));

    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        WriteAsync(context, context.RequestServices.GetRequiredService<ProblemDetailsFactory>(), status, title, detail);

    /// <summary>
    /// With the factory resolved beforehand, and nothing else taken from the request's services: for a step that may
    /// answer while the site is stopping and its services are being disposed.
    /// </summary>
    public static Task WriteAsync(HttpContext context, ProblemDetailsFactory problems, int status, string title, string detail)
    {
        var problem = problems.CreateProblemDetails(context, status, title, detail: detail);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(problem, JsonSerializerOptions.Web, ContentType, context.RequestAborted);
    }
}
