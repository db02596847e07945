using System.Text.Json;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using FrameworkAdvisor.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
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

    [HttpGet("{comparison:slug}/questionnaire")]
    [OutputCache(PolicyName = PageCachePolicy.Name)]
    public ActionResult<QuestionnaireResponse> Questionnaire(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NoChooser(comparison);
        }

        return new QuestionnaireResponse([.. chooser.Chooser.Questions.Select(q => new QuestionItem(
            q.Id, q.Text, q.Why, [.. q.Options.Select(o => new OptionItem(o.Id, o.Label))]))]);
    }

    [HttpPost("{comparison:slug}/recommendation")]
    [EnableRateLimiting(RecommendationRateLimit.PolicyName)]
    [ProducesResponseType<RecommendationResponse>(StatusCodes.Status200OK, "application/json")]
    public async Task<IActionResult> Recommend(string comparison, CancellationToken cancellationToken)
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
                answers = RecommendationRequest.ReadAnswers(document.RootElement, chooser.Chooser, ModelState);
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
                c.Question.Id, c.Option.Id, c.Important ? RecommendationRequest.HighImportance : RecommendationRequest.NormalImportance, c.Rule?.Id, c.Rule?.Favours, c.Points, c.Rule?.WhenText,
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
