using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Chooser;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Team;

/// <summary>One member as the team page lists them: their name, their own result, and the address of that result.</summary>
public sealed record MemberLink(string Name, Recommendation Result, string ResultPath)
{
    public string Verdict => new ResultWording(Result).Headline;
}

/// <summary>
/// A team's page: the team's recommendation worded as one person's is (in the team's voice), every member's own
/// verdict, each question with who answered what, and what would settle it. With one member so far it is an
/// invitation, and shows no team result.
/// </summary>
public sealed record TeamViewModel(
    ComparisonContext Context,
    string QuestionnaireTitle,
    ResultWording Wording,
    TeamResolution.Resolved Team,
    IReadOnlyList<MemberLink> Members,
    string TeamPath,
    string ShareUrl,
    string JoinPath,
    string DecisionRecordPath,
    string HowJudged)
    : ComparisonPageViewModel(
        Context,
        Team.Members.Count >= TeamLimits.MinMembers ? $"Team result: {Wording.Headline}" : "A team of one, so far",
        $"{Counted.Of(Team.Members.Count, "member")} answered {QuestionnaireTitle} for {Context.Comparison.Title}: {Wording.Scores}.",
        TeamPath)
{
    /// <summary>How the page says who the team's words speak of: "your team's answers".</summary>
    public static Voice TeamVoice { get; } = new("you", "you", "your team’s");

    public static TeamViewModel For(LoadedChooser chooser, TeamResolution.Resolved team, string shareUrl)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentNullException.ThrowIfNull(team);
        return new(
            chooser.Context,
            chooser.Questionnaire.Title,
            new ResultWording(team.Result.Team, TeamVoice),
            team,
            [.. team.Result.Members.Select(m => new MemberLink(m.ShownName, m.Result, chooser.ResultPath(m.Member.Answers)))],
            TeamLinks.TeamPath(chooser, team.Members),
            shareUrl,
            TeamLinks.JoinPath(chooser, team.Members),
            TeamLinks.DecisionRecordPath(chooser, team.Members),
            chooser.Engine.Policy.Describe())
        {
            MinimumLead = chooser.Engine.Policy.ClearFitMinimumLead,
        };
    }

    public TeamResult Result => Team.Result;

    /// <summary>Two members or more: a team result to show, rather than an invitation.</summary>
    public bool IsTeam => Team.Members.Count >= TeamLimits.MinMembers;

    public bool IsFull => Team.Members.Count >= TeamLimits.MaxMembers;

    public override IReadOnlyList<Breadcrumb> Breadcrumbs =>
    [
        new("Home", SitePaths.Home),
        new(Context.Comparison.Title, SitePaths.Comparison(Context.Slug)),
        new(QuestionnaireTitle, SitePaths.Chooser(Context.Slug)),
        new("Your team", Path),
    ];

    public override string SocialTitle => $"{PageTitle} · {Context.Comparison.Title}";

    public override string CardDescription =>
        $"{(IsTeam ? Wording.Headline : PageTitle)}. {Counted.Of(Members.Count, "member")}: {Spread}. {Wording.ConfidenceLabel}: {Wording.Scores}.";

    /// <summary>A team link carries names and answers: a page to share with the team, never one to index.</summary>
    public override bool IsIndexable => false;

    public string ConfidenceClass => $"confidence confidence-{Result.Team.Confidence.Name()}";

    public IReadOnlyList<ScoreBar> Bars =>
        [.. Result.Team.Scores.Select(score => new ScoreBar(score, score.Framework == Result.Team.Recommended, Result.Team.TotalPoints == 0))];

    /// <summary>How the members' own verdicts split: "2 for Quill, 1 for Lantern", most first.</summary>
    public string Spread => TeamWords.Spread(Result);

    public string MemberName(int index) => Members[index].Name;

    /// <summary>The lead a clear fit needs from one person; the team needs it per member.</summary>
    public int MinimumLead { get; init; } = ConfidencePolicy.Default.ClearFitMinimumLead;

    /// <summary>"Yes", or "Yes (matters a lot)", or "skipped".</summary>
    public static string AnswerText(MemberAnswer answer) =>
        answer.Option is null ? "skipped" : answer.Important ? $"{answer.Option.Label} (matters a lot)" : answer.Option.Label;

    public static string SettleLine(SettleOutcome outcome) =>
        $"{Counted.Of(outcome.Changes, "member")} would change {Counted.Word(outcome.Changes, "their answer", "their answers")}";
}

/// <summary>Words about a team that the page, its card and its decision record share.</summary>
public static class TeamWords
{
    /// <summary>How the members' own verdicts split: "2 for Quill, 1 for Lantern", most first, then in framework order.</summary>
    public static string Spread(TeamResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(", ", result.Team.Scores
            .Select(s => (s.Framework, Count: result.Members.Count(m => m.Result.Recommended == s.Framework)))
            .Where(f => f.Count > 0)
            .OrderByDescending(f => f.Count)
            .Select(f => $"{f.Count} for {f.Framework.Title}"));
    }

    /// <summary>The scoring rule in two sentences, for the page and the record.</summary>
    public static string HowTheTeamScoreWorks(int minimumLead) =>
        "Each member’s answers are scored as one person’s are, “matters a lot” included, and the team’s score for each framework is the sum " +
        "of the members’ scores, so every member counts the same. The recommendation, the tie-break and how sure it is are then decided as for " +
        $"one person, except that a clear fit needs a lead of {Counted.Of(minimumLead, "point")} per member, so a team that answered alike is judged as each of its members.";
}
