using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// One bar of the score picture; its length is the framework's share of all points, in percent. When no answer gave
/// any points the bars stay empty and no share is shown: equal shares of nothing are not support.
/// </summary>
public sealed record ScoreBar(FrameworkScore Score, bool IsRecommended, bool NoPointsGiven)
{
    public int Percent => NoPointsGiven ? 0 : (int)Math.Round(Score.Share * 100);

    public string Value => NoPointsGiven ? ResultWording.Points(0) : $"{ResultWording.Points(Score.Points)} · {Percent}%";
}

/// <summary>An aspect page behind one or more of the rules that fired.</summary>
public sealed record AspectLink(string Title, string Path);

/// <summary>The recommendation for one set of answers, with everything that explains it.</summary>
public sealed record ResultViewModel(
    LoadedChooser Chooser,
    Recommendation Recommendation,
    AnswerSet Answers,
    IReadOnlyList<IgnoredPart> Ignored,
    string ShareUrl)
    : ComparisonPageViewModel(
        Chooser.Context,
        new ResultWording(Recommendation).Headline,
        DescribeFor(Recommendation, Chooser.Context),
        Chooser.ResultPath(Answers))
{
    public override IReadOnlyList<Breadcrumb> Breadcrumbs =>
    [
        new("Home", SitePaths.Home),
        new(Context.Comparison.Title, SitePaths.Comparison(Context.Slug)),
        new(Chooser.Questionnaire.Title, SitePaths.Chooser(Context.Slug)),
        new("Your result", Path),
    ];

    /// <summary>The headline, title, previews, card and decision record all take their words from here.</summary>
    public ResultWording Wording { get; } = new(Recommendation);

    public override string SocialTitle => $"{Wording.Headline} · {Context.Comparison.Title}";

    public override string CardDescription => Wording.ImageDescription;

    /// <summary>About 100,000 answer sets each have a result: they are share targets, not pages to rank, but their links lead on.</summary>
    public override string? Robots => "noindex, follow";

    public string DecisionRecordPath => Chooser.DecisionRecordPath(Answers);

    public string ChangeAnswersPath => Chooser.QuestionnairePath(Answers);

    public string ConfidenceLabel => Recommendation.Confidence.Label();

    /// <summary>The style hook for the confidence line, named as the API names the level.</summary>
    public string ConfidenceClass => $"confidence confidence-{Recommendation.Confidence.Name()}";

    public string ConfidenceExplanation => Wording.ConfidenceExplanation;

    public IReadOnlyList<ScoreBar> Bars =>
        [.. Recommendation.Scores.Select(score => new ScoreBar(score, score.Framework == Recommendation.Recommended, Recommendation.TotalPoints == 0))];

    /// <summary>The aspect pages cited by the rules that gave points, once each, in the order the rules fired.</summary>
    public IReadOnlyList<AspectLink> AspectsBehindRules =>
    [
        .. Recommendation.Contributions
            .Where(c => c.Points > 0 && c.Rule?.CitedAspectTitle is not null)
            .Select(c => new AspectLink(c.Rule!.CitedAspectTitle!, c.Rule.CitedPath))
            .Distinct(),
    ];

    public string RulePath(Rule rule) => $"{SitePaths.Recommendations(Context.Slug)}#{rule.Id}";

    public string ChangeResultPath(ChangeSuggestion suggestion) => Chooser.ResultPath(suggestion.Answers);

    /// <summary>The answers that triggered a rule, in questionnaire order: the reasons for the result.</summary>
    public IReadOnlyList<Contribution> Reasons => [.. Recommendation.Contributions.Where(c => !c.IsNeutral)];

    /// <summary>Answers that matched no rule: listed once, in one line, not one reason each.</summary>
    public IReadOnlyList<Contribution> NeutralAnswers => [.. Recommendation.Contributions.Where(c => c.IsNeutral)];

    /// <summary>"1 neutral answer and 2 skipped questions count for nothing", or null when every answer gave a reason.</summary>
    public string? QuietLine
    {
        get
        {
            var parts = new List<string>();
            if (NeutralAnswers.Count > 0)
            {
                parts.Add(Counted.Of(NeutralAnswers.Count, "neutral answer"));
            }

            if (Recommendation.Skipped.Count > 0)
            {
                parts.Add(Counted.Of(Recommendation.Skipped.Count, "skipped question"));
            }

            var verb = NeutralAnswers.Count + Recommendation.Skipped.Count == 1 ? "counts" : "count";
            return parts.Count == 0 ? null : $"{string.Join(" and ", parts)} {verb} for nothing";
        }
    }

    /// <summary>How a reason's points came about: "+2 to Quill", or "+4 to Quill (2 × 2: it matters a lot to you)".</summary>
    public static string PointsOf(Contribution reason) =>
        reason.Doubled
            ? $"+{reason.Points} to {reason.Favours!.Title} ({reason.Rule!.Points} × {AnswerSet.ImportanceMultiplier}: it matters a lot to you)"
            : $"+{reason.Points} to {reason.Favours!.Title}";

    private static string DescribeFor(Recommendation recommendation, ComparisonContext context)
    {
        return $"Scored against the rules of the source article behind {context.Comparison.Title}: {new ResultWording(recommendation).Scores}. " +
               "See every reason, and what would change the result.";
    }
}
