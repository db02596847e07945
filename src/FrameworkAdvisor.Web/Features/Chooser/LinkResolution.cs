using System.Diagnostics;
using FrameworkAdvisor.Recommendations;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// What a share link's query comes to on an address that shows a result (see <see cref="LoadedChooser.Resolve(HttpRequest, Func{AnswerSet, string})"/>),
/// and the answer each kind of address gives for it, so that one link gets the same kind of answer everywhere.
/// </summary>
public abstract record LinkResolution
{
    public const string TooLong =
        "This link is longer than any the chooser makes, so we could not read its answers. Please answer the questions again.";

    private LinkResolution()
    {
    }

    /// <summary>
    /// The answer of a page: <paramref name="serve"/> for a result, a permanent redirect to the canonical address,
    /// or <paramref name="sendBack"/>, which must answer 400 with the site's page for a link that needs fixing.
    /// </summary>
    public IActionResult AnswerPage(Func<Resolved, IActionResult> serve, Func<Refused, IActionResult> sendBack) => this switch
    {
        Resolved resolved => serve(resolved),
        Redirect redirect => new RedirectResult(redirect.Location, permanent: true),
        Refused refused => sendBack(refused),
        _ => throw new UnreachableException(),
    };

    /// <summary>
    /// The answer of a file (a card, a decision record), which has no page to show a problem on: as a page's, except
    /// that a refused link gets a 400 whose body is the reason in plain text.
    /// </summary>
    public IActionResult AnswerFile(Func<Resolved, IActionResult> serve) => AnswerPage(serve, refused => FileRefused(refused.Reason));

    /// <summary>A file's 400 for a link that gives no result: the reason in plain text (a team link's too).</summary>
    internal static ContentResult FileRefused(string reason) => new()
    {
        StatusCode = StatusCodes.Status400BadRequest,
        Content = reason,
        ContentType = "text/plain; charset=utf-8",
    };

    /// <summary>The answers recommend something; <see cref="Ignored"/> lists the parts of the link that were not used.</summary>
    public sealed record Resolved(AnswerSet Answers, IReadOnlyList<IgnoredPart> Ignored, Recommendation Recommendation) : LinkResolution;

    /// <summary>The same answers live at <see cref="Location"/>: another spelling, or the link without its tracking parameters.</summary>
    public sealed record Redirect(string Location) : LinkResolution;

    /// <summary>The link gives no result, for the <see cref="Reason"/> it states in a sentence; what could be read comes with it.</summary>
    public sealed record Refused(string Reason, AnswerSet Answers, IReadOnlyList<IgnoredPart> Ignored) : LinkResolution;
}
