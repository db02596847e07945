using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// What a recommendation request's body must be before it is bound: sent as JSON, and at most
/// <see cref="MaxBodyBytes"/>. The body is read at most one byte past the limit (a chunked body has no length to check
/// first), so an oversized one is refused without being read whole, and is then bound from memory. Each refusal says
/// what to send instead, which neither [Consumes] nor [RequestSizeLimit] can (they answer with a bare status).
/// </summary>
/// <param name="expected">What a body should look like, for the refusals to say.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RecommendationBodyAttribute(string expected = RecommendationRequestJsonConverter.Expected) : Attribute, IAsyncResourceFilter
{
    public string Expected { get; } = expected;

    /// <summary>Far above any real answer set (a dozen short ids), far below anything that costs us to read.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            context.Result = Problem(context, StatusCodes.Status415UnsupportedMediaType, "Send JSON",
                $"Set Content-Type: application/json and send {Expected}.");
            return;
        }

        byte[]? body;
        try
        {
            body = await ReadAsync(request, context.HttpContext.RequestAborted);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            // The server reports most broken framing as BadHttpRequestException, which the error pages answer with its
            // own status; a chunk size too large to count comes as a plain IOException.
            context.Result = Problem(context, StatusCodes.Status400BadRequest, "Unreadable body",
                "The body's framing (Content-Length or chunked encoding) is broken, so it could not be read.");
            return;
        }

        if (body is null)
        {
            context.Result = Problem(context, StatusCodes.Status413RequestEntityTooLarge, "Request body too large",
                $"The body is over {MaxBodyBytes / 1024} KB. An answer set is a few hundred bytes: {Expected}.");
            return;
        }

        request.Body = new MemoryStream(body, writable: false);
        await next();
    }

    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static ObjectResult Problem(ResourceExecutingContext context, int status, string title, string detail) =>
        new(context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>()
            .CreateProblemDetails(context.HttpContext, status, title, detail: detail))
        {
            StatusCode = status,
        };
}
