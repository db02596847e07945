using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Http.Security;
using Microsoft.AspNetCore.RateLimiting;
using FrameworkAdvisor.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// "Save as a decision record": the result at the same answers as a Markdown file to download, by a plain GET link,
/// so it works without JavaScript. The API gives the same file for Accept: text/markdown.
/// </summary>
[CachedPage]
[Route("compare/{comparison:slug}/choose")]
public sealed class DecisionRecordController(ChooserCatalog catalog, SiteUrls urls, IOptions<SiteOptions> site) : Controller
{
    private const string Name = "decision-record";

    public static string PathFor(string comparison) => $"{FrameworkAdvisor.Content.SitePaths.Chooser(comparison)}/{Name}";

    [HttpGet(Name)]
    [EnableRateLimiting(WorkLimits.Recommendations)]
    public IActionResult Download(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NotFound();
        }

        return chooser.Resolve(Request, chooser.DecisionRecordPath).AnswerFile(resolved =>
            Record(this, chooser, resolved.Recommendation, resolved.Answers, urls.Absolute(Request, ""), site.Value.Name));
    }

    /// <summary>The record as a download with MADR's file name, for this controller and the API alike.</summary>
    internal static FileContentResult Record(
        ControllerBase controller, LoadedChooser chooser, Recommendation result, AnswerSet answers, string origin, string siteName)
    {
        var markdown = DecisionRecord.Write(chooser, result, answers, origin, siteName);
        return controller.File(System.Text.Encoding.UTF8.GetBytes(markdown), $"{DecisionRecord.MediaType}; charset=utf-8", DecisionRecord.FileName(chooser, result));
    }
}
