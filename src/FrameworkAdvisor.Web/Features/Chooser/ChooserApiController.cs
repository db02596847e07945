using System.ComponentModel;
using System.Text.Json;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Developers;
using FrameworkAdvisor.Web.Http.Security;
using Microsoft.AspNetCore.RateLimiting;
using FrameworkAdvisor.Web.Site;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The chooser as JSON, for other sites and tools: the questionnaire, and a recommendation for posted answers. Every
/// error is a ProblemDetails body that says what to fix: the body's type and size are checked before it is bound
/// (<see cref="RecommendationBodyAttribute"/>), and its shape as it is bound (<see cref="RecommendationRequestProblems"/>).
/// </summary>
[ApiController]
[Route("api/comparisons")]
[Description("A comparison's questionnaire, and a recommendation for a set of answers to it.")]
public sealed class ChooserApiController(ChooserCatalog catalog, SiteUrls urls, IOptions<JsonOptions> json, IOptions<SiteOptions> site) : ControllerBase
{
    /// <summary>How the API document describes a comparison slug in a path, for every endpoint that takes one.</summary>
    internal const string ComparisonSlug = "The comparison's slug, as GET /api/comparisons lists it.";

    [HttpGet("{comparison:slug}/questionnaire")]
    [EndpointName("getQuestionnaire")]
    [CachedPage]
    [EndpointSummary("A comparison's questionnaire")]
    [EndpointDescription("The questions in the order the questionnaire page asks them, each with why we ask it and its answer options. The ids are what a recommendation request and a share link use.")]
    [ProducesResponseType<QuestionnaireResponse>(StatusCodes.Status200OK, "application/json", Description = "The questionnaire.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json", Description = "No comparison with a questionnaire has this slug.")]
    [ApiExample(typeof(QuestionnaireExample))]
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
    [EndpointName("recommend")]
    [EnableRateLimiting(WorkLimits.Recommendations)]
    [RecommendationBody]
    [EndpointSummary("A recommendation for a set of answers")]
    [EndpointDescription("Scores the answers against the comparison's rules and returns the recommended framework, every framework's score, how sure it is, each answer's reason and what would change the outcome. Ids are matched as share links match them: capitals and surrounding spaces are ignored. With Accept: text/markdown the answer is the decision record the result page offers instead.")]
    [ProducesResponseType<RecommendationResponse>(StatusCodes.Status200OK, "application/json", Description = "The recommendation, with its reasons; or, when the client accepts text/markdown, the decision record.")]
    [ApiTextResponse(StatusCodes.Status200OK, DecisionRecord.MediaType)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json",
        Description = "No answers; an unknown question or option (each one listed under errors); malformed JSON or JSON nested deeper than 8 levels; or an unreadable body.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json", Description = "No comparison with a questionnaire has this slug.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413RequestEntityTooLarge, "application/problem+json", Description = "The body is over 16 KB.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json", Description = "The body is not sent as application/json.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json",
        Description = "This client address asked for more recommendations than the limit allows (60 a minute by default); Retry-After says when to try again.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json",
        Description = "The site is making as many recommendations as it can at once; Retry-After says when to try again.")]
    [ApiExample(typeof(RecommendationExample))]
    public IActionResult Recommend(
        [Description(ComparisonSlug)] string comparison,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RecommendationRequest? request)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NoChooser(comparison);
        }

        // Only an empty body binds to null: a body of just null is refused by the converter as the wrong shape.
        if (request is null)
        {
            return new ObjectResult(RecommendationRequestProblems.Malformed(ProblemDetailsFactory, HttpContext,
                $"The body is empty, which is not valid JSON. Expected {RecommendationRequestJsonConverter.Expected}.")) { StatusCode = StatusCodes.Status400BadRequest };
        }

        return RecommendationRequestReader.ReadAnswers(request, chooser.Model, ModelState) is { } answers
            ? Respond(chooser, answers)
            : ValidationProblem(ModelState);
    }

    private IActionResult Respond(LoadedChooser chooser, AnswerSet answers)
    {
        if (chooser.Recommend(answers) is not Recommendation result)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "No answers", detail: NothingAnswered.Text + " Skipped questions are simply left out of 'answers'.");
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
                result.DecidedBy == DecidedBy.TieBreak ? DecisionBasis.TieBreak : DecisionBasis.Score, result.TieBreakRule?.Id),
            [.. result.Scores.Select(s => new ScoreItem(s.Framework.Slug, s.Framework.Title, s.Points, Math.Round(s.Share, 4)))],
            LevelOf(result.Confidence),
            [.. result.Contributions.Select(c => new ContributionItem(
                c.Question.Id, c.Option.Id, c.Important ? Importance.High : Importance.Normal, c.Rule?.Id, c.Rule?.Favours, c.Points, c.Rule?.WhenText,
                c.Rule is null ? null : urls.Absolute(Request, c.Rule.Cites)))],
            [.. result.WhatWouldChange.Select(s => new ChangeItem(
                [.. s.Changes.Select(change => new AnswerEdit(change.Question.Id, change.From?.Id, change.To?.Id))],
                s.NewRecommended.Slug,
                urls.Absolute(Request, chooser.ResultPath(s.Answers))))],
            urls.Absolute(Request, chooser.ResultPath(answers)));

    /// <summary>The API's name for a confidence; a test holds it to the pages' names (ConfidenceNames).</summary>
    internal static ConfidenceLevel LevelOf(Confidence confidence) => confidence switch
    {
        Confidence.ClearFit => ConfidenceLevel.ClearFit,
        Confidence.Leaning => ConfidenceLevel.Leaning,
        _ => ConfidenceLevel.TossUp,
    };

    // Browsers and curious people GET this address; say how to use it instead of a bare 404 or 405. Described in the
    // API document too, so that a client or proxy that checks answers against it knows this one. A plain comment, not
    // XML documentation, which the API document would read as the operation's summary.
    [HttpGet("{comparison:slug}/recommendation")]
    [EndpointName("explainRecommendationMethod")]
    [EndpointSummary("Asking for a recommendation with GET")]
    [EndpointDescription("Answers 405 with Allow: POST and a ProblemDetails that says how to POST the answers.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status405MethodNotAllowed, "application/problem+json", Description = "Use POST; Allow says so.")]
    public ObjectResult RecommendWithGet([Description(ComparisonSlug)] string comparison)
    {
        Response.Headers.Allow = HttpMethods.Post;
        return Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Use POST",
            detail: $"POST {RecommendationRequestJsonConverter.Expected} as JSON to this address. " +
                    $"GET /api/comparisons/{Echo(comparison)}/questionnaire lists the questions.");
    }

    private ObjectResult NoChooser(string comparison) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "No such comparison",
            detail: $"There is no comparison with a questionnaire at '{Echo(comparison)}'. GET /api/comparisons lists them.");

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
