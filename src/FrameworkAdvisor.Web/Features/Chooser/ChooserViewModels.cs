using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;
using FrameworkAdvisor.Web.Site;

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
        $"{Recommendation.Recommended.Title} fits best",
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

    public override string SocialTitle => $"{Recommendation.Recommended.Title} fits best · {Context.Comparison.Title}";

    public string ChangeAnswersPath => Chooser.QuestionnairePath(Answers);

    public string ConfidenceLabel => Recommendation.Confidence.Label();

    /// <summary>The style hook for the confidence line, named as the API names the level.</summary>
    public string ConfidenceClass => $"confidence confidence-{Recommendation.Confidence.Name()}";

    public string ConfidenceExplanation => Recommendation.Confidence switch
    {
        Confidence.ClearFit => "Your answers point clearly one way.",
        Confidence.Leaning => "Your answers lean one way, but not by much.",
        _ when Recommendation.TotalPoints == 0 => "None of your answers matched one of the article’s rules, so nothing separates the frameworks.",
        _ => "Your answers give the frameworks about the same support.",
    };

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

    public static string PointsText(int points) => Counted.Of(points, "point");

    private static string DescribeFor(Recommendation recommendation, ComparisonContext context)
    {
        var scores = string.Join(", ", recommendation.Scores.Select(s => $"{s.Framework.Title} {PointsText(s.Points)}"));
        return $"Scored against the rules of the source article behind {context.Comparison.Title}: {scores}. " +
               "See every reason, and what would change the result.";
    }
}
