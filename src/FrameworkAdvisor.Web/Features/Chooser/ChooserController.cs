using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Http;
using Microsoft.AspNetCore.Mvc;
using FrameworkAdvisor.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The "which should I choose?" questionnaire and its result. Both are plain GET pages: the form works without
/// JavaScript, and the answers live in the result's URL, so a shared link needs no server storage.
/// </summary>
[OutputCache(PolicyName = PageCachePolicy.Name)]
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

        var decoded = DecodeQuery(chooser);
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

        var decoded = DecodeQuery(chooser);
        if (decoded.TooLong)
        {
            return SendBack(chooser, AnswerSet.Empty, [], LinkTooLong);
        }

        if (chooser.Recommend(decoded.Answers) is not Recommendation recommendation)
        {
            return SendBack(chooser, decoded.Answers, decoded.Ignored, NothingAnswered.Text);
        }

        // Other spellings of the same answers (order, case, skipped questions left in) redirect to the one canonical
        // link. A link with parts we could not read is shown as it is, with a notice, so the visitor sees what was dropped.
        var canonicalPath = chooser.ResultPath(decoded.Answers);
        if (decoded.IsClean && Request.Path + Request.QueryString != canonicalPath)
        {
            return RedirectPermanent(canonicalPath);
        }

        return View(new ResultViewModel(chooser, recommendation, decoded.Answers, decoded.Ignored, urls.Absolute(Request, canonicalPath)));
    }

    /// <summary>Back to the form with an explanation; 400 because the request, not the site, needs fixing.</summary>
    private ViewResult SendBack(LoadedChooser chooser, AnswerSet answers, IReadOnlyList<IgnoredPart> ignored, string problem)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Questionnaire), new QuestionnaireViewModel(chooser, answers, ignored, problem));
    }

    private DecodedAnswers DecodeQuery(LoadedChooser chooser) =>
        chooser.Links.Decode(Request.Query.SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value))));
}
