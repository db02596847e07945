using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The 400 for a body that could not be bound, in place of [ApiController]'s: JSON of the wrong shape is listed under
/// errors by the part of the request that is wrong, and text that is not JSON is "Malformed JSON" with where it goes
/// wrong. The serializer's own message is never sent: it names .NET types and can quote the input. The recommendation
/// request is the only body the API binds, so this is its error shape.
/// </summary>
internal static class RecommendationRequestProblems
{
    /// <summary>Deep enough for any answer set ({"answers": {"id": {"option": "id"}}} is 3), shallow enough to cost nothing.</summary>
    public const int MaxJsonDepth = 8;

    public static IActionResult FromModelState(ActionContext context)
    {
        var http = context.HttpContext;
        var problems = http.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var error = context.ModelState.Values.SelectMany(entry => entry.Errors).Select(e => e.Exception).OfType<JsonException>().FirstOrDefault();
        var problem = error switch
        {
            RecommendationRequestException { Key: { } key } shape => problems.CreateValidationProblemDetails(http, OneError(key, shape.Message)),
            RecommendationRequestException unreadable => Malformed(problems, http, unreadable.Message),
            { } malformed => Malformed(problems, http,
                $"The body is not valid JSON{Where(malformed)}, or is nested deeper than {MaxJsonDepth} levels. Expected {RecommendationRequestJsonConverter.Expected}."),
            null => problems.CreateValidationProblemDetails(http, context.ModelState),
        };
        return new ObjectResult(problem) { StatusCode = problem.Status };
    }

    public static ProblemDetails Malformed(ProblemDetailsFactory problems, HttpContext http, string detail) =>
        problems.CreateProblemDetails(http, StatusCodes.Status400BadRequest, "Malformed JSON", detail: detail);

    private static string Where(JsonException error) =>
        error.LineNumber is { } line ? $" near line {line + 1}, byte {error.BytePositionInLine + 1}" : "";

    private static ModelStateDictionary OneError(string key, string message)
    {
        var errors = new ModelStateDictionary();
        errors.AddModelError(key, message);
        return errors;
    }
}
