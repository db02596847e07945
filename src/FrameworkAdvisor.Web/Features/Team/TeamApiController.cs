using System.ComponentModel;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Features.Developers;
using FrameworkAdvisor.Web.Http;
using FrameworkAdvisor.Web.Http.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;

namespace FrameworkAdvisor.Web.Features.Team;

/// <summary>
/// A team's recommendation as JSON. Bounded and limited exactly as one person's is: the same body checks and the
/// same rate-limit policy (each team call counts as one recommendation), and every error is a ProblemDetails.
/// </summary>
[ApiController]
[Route("api/comparisons")]
[Description("A recommendation for a team: several people's answers, added up.")]
public sealed class TeamApiController(ChooserCatalog catalog, SiteUrls urls) : ControllerBase
{
    [HttpPost("{comparison:slug}/team-recommendation")]
    [EndpointName("recommendForTeam")]
    [EnableRateLimiting(WorkLimits.Recommendations)]
    [RecommendationBody(TeamRecommendationRequestJsonConverter.Expected)]
    [EndpointSummary("A recommendation for a team")]
    [EndpointDescription("Scores each member's answers as a recommendation does and adds the scores up, so every member counts the same; the recommendation, tie-break and confidence are decided as for one person (a clear fit needs its lead per member). Returns each member's own verdict, every question with each member's answer, the agreed answers to disputed questions that would change the outcome, and the team page's link.")]
    [ProducesResponseType<TeamRecommendationResponse>(StatusCodes.Status200OK, "application/json", Description = "The team's recommendation.")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json",
        Description = "Fewer than 2 or more than 12 members; a name over 24 characters or with control characters; a member with no answers; an unknown question or option (each listed under errors); or malformed JSON.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json", Description = "No comparison with a questionnaire has this slug.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413RequestEntityTooLarge, "application/problem+json", Description = "The body is over 16 KB.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json", Description = "The body is not sent as application/json.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json",
        Description = "This client address asked for more recommendations than the limit allows (60 a minute by default, shared with the recommendation endpoint); Retry-After says when to try again.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status503ServiceUnavailable, "application/problem+json",
        Description = "The site is making as many recommendations as it can at once; Retry-After says when to try again.")]
    [ApiExample(typeof(TeamRecommendationExample))]
    public IActionResult Recommend(
        [Description(ChooserApiController.ComparisonSlug)] string comparison,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] TeamRecommendationRequest? request)
    {
        if (catalog.Find(comparison) is not { } chooser)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "No such comparison",
                detail: $"There is no comparison with a questionnaire at '{ChooserApiController.Echo(comparison)}'. GET /api/comparisons lists them.");
        }

        if (request is null)
        {
            return new ObjectResult(RecommendationRequestProblems.Malformed(ProblemDetailsFactory, HttpContext,
                $"The body is empty, which is not valid JSON. Expected {TeamRecommendationRequestJsonConverter.Expected}.")) { StatusCode = StatusCodes.Status400BadRequest };
        }

        var members = new List<TeamMember>();
        for (var i = 0; i < request.Members.Count; i++)
        {
            var key = $"members[{i}]";
            // The converter has refused a name that cannot be one.
            var name = TeamLimits.CleanName(request.Members[i].Name) ?? "";

            var errors = new ModelStateDictionary();
            var answers = RecommendationRequestReader.ReadAnswers(new RecommendationRequest(request.Members[i].Answers), chooser.Model, errors);
            foreach (var (field, entry) in errors)
            {
                foreach (var error in entry.Errors)
                {
                    ModelState.AddModelError($"{key}.{field}", error.ErrorMessage);
                }
            }

            if (answers is { IsEmpty: true })
            {
                ModelState.AddModelError($"{key}.answers", NothingAnswered.Text);
            }

            if (answers is { IsEmpty: false })
            {
                members.Add(new TeamMember(name, answers));
            }
        }

        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        var result = new TeamRecommender(chooser.Engine).Recommend(members);
        return Ok(ToResponse(chooser, members, result));
    }

    private TeamRecommendationResponse ToResponse(LoadedChooser chooser, List<TeamMember> members, TeamResult result)
    {
        var team = result.Team;
        return new(
            new RecommendedItem(team.Recommended.Slug, team.Recommended.Title,
                team.DecidedBy == DecidedBy.TieBreak ? DecisionBasis.TieBreak : DecisionBasis.Score, team.TieBreakRule?.Id),
            [.. team.Scores.Select(s => new ScoreItem(s.Framework.Slug, s.Framework.Title, s.Points, Math.Round(s.Share, 4)))],
            ChooserApiController.LevelOf(team.Confidence),
            [.. result.Members.Select(m => new TeamMemberItem(m.Member.Name, m.Result.Recommended.Slug, urls.Absolute(Request, chooser.ResultPath(m.Member.Answers))))],
            [.. result.Questions.Select(q => new TeamQuestionItem(
                q.Question.Id,
                [.. q.Answers.Select(a => new MemberAnswerItem(members[a.Member].Name, a.Option?.Id, a.Important ? Importance.High : Importance.Normal))],
                q.Agreed))],
            [.. result.Settle.SelectMany(s => s.Outcomes.Where(o => o.ChangesOutcome).Select(o => (s.Question, Outcome: o)))
                .OrderBy(s => s.Outcome.Changes)
                .Select(s => new SettleItem(s.Question.Id, s.Outcome.Option.Id, s.Outcome.Recommended.Slug, s.Outcome.Changes))],
            urls.Absolute(Request, TeamLinks.TeamPath(chooser, members)));
    }
}
