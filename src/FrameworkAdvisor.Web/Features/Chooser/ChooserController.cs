using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Http.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The "which should I choose?" questionnaire and its result. Both are plain GET pages: the form works without
/// JavaScript, and the answers live in the result's URL, so a shared link needs no server storage.
/// </summary>
[CachedPage]
[Route("compare/{comparison:slug}/choose")]
public sealed class ChooserController(ChooserCatalog catalog, SiteUrls urls) : Controller
{
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
            ? SendBack(chooser, new LinkResolution.Refused(LinkResolution.TooLong, AnswerSet.Empty, []))
            : View(QuestionnaireViewModel.For(chooser, decoded.Answers, decoded.Ignored, problem: null));
    }

    [HttpGet("result")]
    [EnableRateLimiting(WorkLimits.Results)]
    public IActionResult Result(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NotFound();
        }

        return chooser.Resolve(Request, chooser.ResultPath).AnswerPage(
            resolved => View(ResultViewModel.For(chooser, resolved, urls.Absolute(Request, chooser.ResultPath(resolved.Answers)))),
            refused => SendBack(chooser, refused));
    }

    /// <summary>Back to the form with the reason and what could be read; 400 because the request, not the site, needs fixing.</summary>
    private ViewResult SendBack(LoadedChooser chooser, LinkResolution.Refused refused)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Questionnaire), QuestionnaireViewModel.For(chooser, refused.Answers, refused.Ignored, refused.Reason));
    }
}
