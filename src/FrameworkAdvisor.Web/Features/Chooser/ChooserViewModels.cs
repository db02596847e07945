using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The questionnaire, possibly prefilled from a link ("change my answers"). <see cref="Problem"/> explains why the
/// visitor was sent back here, such as submitting with every question skipped.
/// </summary>
public sealed record QuestionnaireViewModel(LoadedChooser Chooser, AnswerSet Answers, IReadOnlyList<IgnoredPart> Ignored, string? Problem)
    : ComparisonPageViewModel(Chooser.Context, Chooser.Questionnaire.Title, Chooser.Questionnaire.Summary, SitePaths.Chooser(Chooser.Slug))
{
    public string IntroHtml => Chooser.Questionnaire.IntroHtml;

    public string ResultPath => SitePaths.ChooserResult(Chooser.Slug);

    public int QuestionCount => Chooser.Chooser.Questions.Count;

    /// <summary>The groups in page order, each with the anchor its heading gets.</summary>
    public IEnumerable<(QuestionGroup Group, string Anchor)> Groups =>
        Chooser.Questionnaire.Groups.Select((group, index) => (group, $"group-{index + 1}"));

    public bool IsChosen(Question question, AnswerOption option) => Answers.OptionFor(question.Id) == option.Id;

    public bool IsSkipped(Question question) => !Answers.IsAnswered(question.Id);
}

/// <summary>One bar of the score picture; its length is the framework's share of all points, in percent.</summary>
public sealed record ScoreBar(FrameworkScore Score, bool IsRecommended)
{
    public int Percent => (int)Math.Round(Score.Share * 100);
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
        [.. Recommendation.Scores.Select(score => new ScoreBar(score, score.Framework == Recommendation.Recommended))];

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

    public static string PointsText(int points) => ResultWording.Points(points);

    private static string DescribeFor(Recommendation recommendation, ComparisonContext context)
    {
        return $"Scored against the rules of the source article behind {context.Comparison.Title}: {new ResultWording(recommendation).Scores}. " +
               "See every reason, and what would change the result.";
    }
}
