using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using FrameworkAdvisor.Web.Caching;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The "which should I choose?" questionnaire and its result. Both are plain GET pages: the form works without
/// JavaScript, and the answers live in the result's URL, so a shared link needs no server storage.
/// </summary>
[CachedPage]
[Route("compare/{comparison:slug}/choose")]
public sealed class ChooserController(ChooserCatalog catalog, SiteUrls urls) : Controller
{
    internal const string LinkTooLong =
        "This link is longer than any the chooser makes, so we could not read its answers. Please answer the questions again.";

    [HttpGet("")]
    public IActionResult Questionnaire(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NotFound();
        }

        var decoded = chooser.Decode(Request.Query);
        if (decoded.DroppedTracking)
        {
            return RedirectPermanent(Request.Path + chooser.WithoutTracking(Request.Query));
        }

        return decoded.TooLong
            ? SendBack(chooser, AnswerSet.Empty, [], LinkTooLong)
            : View(new QuestionnaireViewModel(chooser, decoded.Answers, decoded.Ignored, Problem: null));
    }

    [HttpGet("result")]
    public IActionResult Result(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NotFound();
        }

        var decoded = chooser.Decode(Request.Query);
        if (decoded.TooLong)
        {
            return SendBack(chooser, AnswerSet.Empty, [], LinkTooLong);
        }

        if (chooser.Recommend(decoded.Answers) is not Recommendation recommendation)
        {
            return SendBack(chooser, decoded.Answers, decoded.Ignored, NothingAnswered.Text);
        }

        var canonicalPath = chooser.ResultPath(decoded.Answers);
        if (chooser.CanonicalRedirect(Request, decoded, canonicalPath) is { } redirect)
        {
            return RedirectPermanent(redirect);
        }

        return View(new ResultViewModel(chooser, recommendation, decoded.Answers, decoded.Ignored, urls.Absolute(Request, canonicalPath)));
    }

    /// <summary>Back to the form with an explanation; 400 because the request, not the site, needs fixing.</summary>
    private ViewResult SendBack(LoadedChooser chooser, AnswerSet answers, IReadOnlyList<IgnoredPart> ignored, string problem)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Questionnaire), new QuestionnaireViewModel(chooser, answers, ignored, problem));
    }
}
