using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Caching;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Http.Security;
using FrameworkAdvisor.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Features.Team;

/// <summary>
/// "Decide with your team": the team page, the questionnaire for a teammate to join, the address both forms send a
/// member's answers to, and the team's decision record. Everything lives in the team link, so nothing is stored; like
/// the chooser, every step is a plain GET that works without JavaScript.
/// </summary>
[Route("compare/{comparison:slug}/choose/team")]
public sealed class TeamController(ChooserCatalog catalog, SiteUrls urls, IOptions<SiteOptions> site) : Controller
{
    private const string QuestionnaireView = "~/Features/Chooser/Questionnaire.cshtml";

    [HttpGet("")]
    [CachedPage]
    [EnableRateLimiting(WorkLimits.Results)]
    public IActionResult Team(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NotFound();
        }

        return TeamLinks.Resolve(chooser, Request, members => TeamLinks.TeamPath(chooser, members)).AnswerPage(
            team => View(TeamViewModel.For(chooser, team, urls.Absolute(Request, TeamLinks.TeamPath(chooser, team.Members)))),
            refused => Problem(chooser, refused.Reason));
    }

    /// <summary>The questionnaire, empty, whose answers join the team in the link.</summary>
    [HttpGet("join")]
    [CachedPage]
    public IActionResult Join(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NotFound();
        }

        return TeamLinks.Resolve(chooser, Request, members => TeamLinks.JoinPath(chooser, members)).AnswerPage(
            team => team.Members.Count >= TeamLimits.MaxMembers
                ? Problem(chooser, TeamLinks.TeamFull)
                : View(QuestionnaireView, Joining(chooser, team, AnswerSet.Empty, [], problem: null)),
            refused => Problem(chooser, refused.Reason));
    }

    /// <summary>
    /// Adds one member, whose answers come as a share link's do, to the team in <see cref="TeamLinks.TeamField"/> (none
    /// starts a team), and redirects to the new team link. Not a cached page: each visit makes a new address.
    /// </summary>
    [HttpGet("add")]
    public IActionResult Add(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NotFound();
        }

        if (TeamLimits.CleanName(Request.Query[TeamLinks.NameField].FirstOrDefault()) is not { } name)
        {
            return Problem(chooser, TeamLinks.BadName);
        }

        var (team, refused) = Request.Query[TeamLinks.TeamField].FirstOrDefault() is { Length: > 0 } teamQuery
            ? TeamLinks.Read(chooser, teamQuery)
            : (null, null);
        if (refused is not null)
        {
            return Problem(chooser, refused);
        }

        var members = team?.Members ?? [];
        if (members.Count >= TeamLimits.MaxMembers)
        {
            return Problem(chooser, TeamLinks.TeamFull);
        }

        var answers = chooser.Links.Decode(Request.Query
            .Where(pair => pair.Key is not (TeamLinks.TeamField or TeamLinks.NameField))
            .SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value))));
        if (chooser.Resolve(answers) is LinkResolution.Refused problem)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var form = QuestionnaireViewModel.For(chooser, problem.Answers, problem.Ignored, problem.Reason);
            return View(QuestionnaireView, team is null ? form : Joining(chooser, team, problem.Answers, problem.Ignored, problem.Reason));
        }

        return Redirect(TeamLinks.TeamPath(chooser, [.. members, new TeamMember(name, answers.Answers)]));
    }

    [HttpGet("decision-record")]
    [CachedPage]
    [EnableRateLimiting(WorkLimits.Recommendations)]
    public IActionResult DecisionRecord(string comparison)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return NotFound();
        }

        return TeamLinks.Resolve(chooser, Request, members => TeamLinks.DecisionRecordPath(chooser, members)).AnswerFile(team =>
        {
            var markdown = TeamDecisionRecord.Write(chooser, team, urls.Absolute(Request, ""), site.Value.Name);
            return File(System.Text.Encoding.UTF8.GetBytes(markdown), $"{Chooser.DecisionRecord.MediaType}; charset=utf-8", TeamDecisionRecord.FileName(chooser, team.Result));
        });
    }

    private static QuestionnaireViewModel Joining(LoadedChooser chooser, TeamResolution.Resolved team, AnswerSet answers, IReadOnlyList<IgnoredPart> ignored, string? problem) =>
        QuestionnaireViewModel.For(chooser, answers, ignored, problem) with
        {
            Team = new TeamJoin(
                TeamLinks.Codec(chooser).Encode(team.Members),
                [.. team.Result.Members.Select(m => m.ShownName)],
                TeamLinks.AddPath(chooser.Slug),
                TeamLinks.TeamPath(chooser, team.Members)),
        };

    /// <summary>The 400 page for a team link that cannot be used, with the reason and a way on.</summary>
    private ViewResult Problem(LoadedChooser chooser, string reason)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Problem", new TeamProblemViewModel(chooser.Context, reason));
    }
}
