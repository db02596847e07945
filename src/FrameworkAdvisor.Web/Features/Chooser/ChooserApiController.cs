using System.ComponentModel;
using System.Text.Json;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Developers;
using FrameworkAdvisor.Web.Http.Security;
using Microsoft.AspNetCore.RateLimiting;
using FrameworkAdvisor.Web.Site;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The chooser as JSON, for other sites and tools: the questionnaire, and a recommendation for posted answers. Every error is a ProblemDetails body that says what to fix; the
/// request body is read by hand so that its size, depth and shape are checked before anything else happens.
/// </summary>
[ApiController]
[Route("api/comparisons")]
public sealed class ChooserApiController(ChooserCatalog catalog, SiteUrls urls, IOptions<JsonOptions> json, IOptions<SiteOptions> site) : ControllerBase
{
    /// <summary>Far above any real answer set (a dozen short ids), far below anything that costs us to read.</summary>
    internal const int MaxBodyBytes = 16 * 1024;

    private const int MaxJsonDepth = 8;

    private const string ComparisonSlug = "The comparison's slug, as GET /api/comparisons lists it.";

    [HttpGet("{comparison:slug}/questionnaire")]
    [CachedPage]
    [EndpointSummary("A comparison's questionnaire")]
    [EndpointDescription("The questions in the order the questionnaire page asks them, each with why we ask it and its answer options. The ids are what a recommendation request and a share link use.")]
    [ProducesResponseType<QuestionnaireResponse>(StatusCodes.Status200OK, "application/json", Description = "The questionnaire.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json", Description = "No comparison with a questionnaire has this slug.")]
    [ApiResponseExample(StatusCodes.Status200OK, ChooserApiExamples.Questionnaire)]
    public ActionResult<QuestionnaireResponse> Questionnaire([Description(ComparisonSlug)] string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NoChooser(comparison);
        }

        return new QuestionnaireResponse([.. chooser.Model.Questions.Select(q => new QuestionItem(
            q.Id, q.Text, q.Why, [.. q.Options.Select(o => new OptionItem(o.Id, o.Label))]))]);
    }

    [HttpPost("{comparison:slug}/recommendation")]
    [EnableRateLimiting(RecommendationRateLimit.PolicyName)]
    [EndpointSummary("A recommendation for a set of answers")]
    [EndpointDescription("Scores the answers against the comparison's rules and returns the recommended framework, every framework's score, how sure it is, each answer's reason and what would change the outcome. Ids are matched as share links match them: capitals and surrounding spaces are ignored. A GET answers 405 with Allow: POST.")]
    [ApiRequestBody(typeof(RecommendationRequest), ChooserApiExamples.Request)]
    [ProducesResponseType<RecommendationResponse>(StatusCodes.Status200OK, "application/json", Description = "The recommendation, with its reasons.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json",
        Description = "No answers; an unknown question or option (each one listed under errors); malformed JSON or JSON nested deeper than 8 levels; or an unreadable body.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json", Description = "No comparison with a questionnaire has this slug.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413RequestEntityTooLarge, "application/problem+json", Description = "The body is over 16 KB.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json", Description = "The body is not sent as application/json.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json",
        Description = "This client address asked for more recommendations than the limit allows (60 a minute by default); Retry-After says when to try again.")]
    [ApiResponseExample(StatusCodes.Status200OK, ChooserApiExamples.Recommendation)]
    public async Task<IActionResult> Recommend([Description(ComparisonSlug)] string comparison, CancellationToken cancellationToken)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NoChooser(comparison);
        }

        if (Request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send JSON",
                detail: "Set Content-Type: application/json and send {\"answers\": {\"<questionId>\": \"<optionId>\"}}.");
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(cancellationToken);
        }
        catch (IOException ex) when (ex is not BadHttpRequestException)
        {
            // The server reports most broken framing as BadHttpRequestException, which the error pages answer with its
            // own status; a chunk size too large to count comes as a plain IOException.
            return BadRequestProblem("Unreadable body", "The body's framing (Content-Length or chunked encoding) is broken, so it could not be read.");
        }

        if (body is null)
        {
            return Problem(statusCode: StatusCodes.Status413RequestEntityTooLarge, title: "Request body too large",
                detail: $"The body is over {MaxBodyBytes / 1024} KB. An answer set is a few hundred bytes: {{\"answers\": {{\"<questionId>\": \"<optionId>\"}}}}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = MaxJsonDepth });
        }
        catch (JsonException ex)
        {
            // The parser's own message can quote the input; line and position are enough to find the mistake.
            var where = ex.LineNumber is { } line ? $" near line {line + 1}, byte {ex.BytePositionInLine + 1}" : "";
            return BadRequestProblem("Malformed JSON",
                $"The body is not valid JSON{where}, or is nested deeper than {MaxJsonDepth} levels. Expected {{\"answers\": {{\"<questionId>\": \"<optionId>\"}}}}.");
        }

        using (document)
        {
            AnswerSet? answers;
            try
            {
                answers = RecommendationRequestReader.ReadAnswers(document.RootElement, chooser.Model, ModelState);
            }
            catch (InvalidOperationException)
            {
                // The parser accepts an escaped lone surrogate such as "\uD800" and only fails when the string is read.
                return BadRequestProblem("Malformed JSON",
                    "A string in the body has an unpaired surrogate escape (such as \\uD800), which is not text. Question and option ids are plain ASCII.");
            }

            return answers is not null ? Respond(chooser, answers) : ValidationProblem(ModelState);
        }
    }

    private IActionResult Respond(LoadedChooser chooser, AnswerSet answers)
    {
        if (chooser.Recommend(answers) is not Recommendation result)
        {
            return BadRequestProblem("No answers", NothingAnswered.Text + " Skipped questions are simply left out of 'answers'.");
        }

        // The same decision record the result page offers, for a client that asks for Markdown instead of JSON.
        if (Request.GetTypedHeaders().Accept.Any(accepted => accepted.MediaType == DecisionRecord.MediaType && accepted.Quality is not 0))
        {
            return DecisionRecordController.Record(this, chooser, result, answers, urls.Absolute(Request, ""), site.Value.Name);
        }

        // Serialized with MVC's own settings, so the bytes are exactly what returning the object would have sent.
        var body = chooser.ApiResponse(urls.Absolute(Request, "/"), answers,
            () => JsonSerializer.SerializeToUtf8Bytes(ToResponse(chooser, answers, result), json.Value.JsonSerializerOptions));
        return File(body, "application/json; charset=utf-8");
    }

    private RecommendationResponse ToResponse(LoadedChooser chooser, AnswerSet answers, Recommendation result) =>
        new(
            new RecommendedItem(result.Recommended.Slug, result.Recommended.Title,
                result.DecidedBy == DecidedBy.TieBreak ? "tie-break" : "score", result.TieBreakRule?.Id),
            [.. result.Scores.Select(s => new ScoreItem(s.Framework.Slug, s.Framework.Title, s.Points, Math.Round(s.Share, 4)))],
            result.Confidence.Name(),
            [.. result.Contributions.Select(c => new ContributionItem(
                c.Question.Id, c.Option.Id, c.Important ? RecommendationRequestReader.HighImportance : RecommendationRequestReader.NormalImportance, c.Rule?.Id, c.Rule?.Favours, c.Points, c.Rule?.WhenText,
                c.Rule is null ? null : urls.Absolute(Request, c.Rule.Cites)))],
            [.. result.WhatWouldChange.Select(s => new ChangeItem(
                [.. s.Changes.Select(change => new AnswerEdit(change.Question.Id, change.From?.Id, change.To?.Id))],
                s.NewRecommended.Slug,
                urls.Absolute(Request, chooser.ResultPath(s.Answers))))],
            urls.Absolute(Request, chooser.ResultPath(answers)));

    /// <summary>
    /// Browsers and curious people GET this address; say how to use it instead of a bare 404 or 405.
    /// </summary>
    [HttpGet("{comparison:slug}/recommendation")]
    [ApiExplorerSettings(IgnoreApi = true)]
    public ObjectResult RecommendWithGet(string comparison)
    {
        Response.Headers.Allow = HttpMethods.Post;
        return Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Use POST",
            detail: $"POST {{\"answers\": {{\"<questionId>\": \"<optionId>\"}}}} as JSON to this address. " +
                    $"GET /api/comparisons/{Echo(comparison)}/questionnaire lists the questions.");
    }

    /// <summary>Reads at most one byte past the limit, so an oversized body is refused without being read whole.</summary>
    private async Task<byte[]?> ReadBodyAsync(CancellationToken cancellationToken)
    {
        if (Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private ObjectResult NoChooser(string comparison) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "No such comparison",
            detail: $"There is no comparison with a questionnaire at '{Echo(comparison)}'. GET /api/comparisons lists them.");

    private ObjectResult BadRequestProblem(string title, string detail) =>
        Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    /// <summary>
    /// Input is echoed in errors only as id-like text, shortened: anything else becomes '_', so no client that
    /// pastes an error into a page can be tricked into showing markup.
    /// </summary>
    internal static string Echo(string text)
    {
        var safe = new string([.. text.Take(40).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return text.Length <= 40 ? safe : safe + "…";
    }
}
