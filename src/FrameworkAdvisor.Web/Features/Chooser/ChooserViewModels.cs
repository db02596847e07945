using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>A question group as shown on the form: its heading and its questions in page order.</summary>
public sealed record QuestionGroupView(string Title, string Anchor, IReadOnlyList<Question> Questions);

/// <summary>
/// The questionnaire, possibly prefilled from a link ("change my answers"). <see cref="Problem"/> explains why the
/// visitor was sent back here, such as submitting with every question skipped.
/// </summary>
public sealed record QuestionnaireViewModel(LoadedChooser Chooser, AnswerSet Answers, IReadOnlyList<IgnoredPart> Ignored, string? Problem)
    : ComparisonPageViewModel(Chooser.Context, Chooser.Definition.Title, Chooser.Definition.Summary, SitePaths.Chooser(Chooser.Slug))
{
    public string IntroHtml => Chooser.Definition.IntroHtml;

    public string ResultPath => SitePaths.ChooserResult(Chooser.Slug);

    public int QuestionCount => Chooser.Engine.Chooser.Questions.Count;

    public IReadOnlyList<QuestionGroupView> Groups =>
    [
        .. Chooser.Definition.Questions
            .GroupBy(q => (q.GroupPosition, q.GroupTitle))
            .Select(g => new QuestionGroupView(
                g.Key.GroupTitle,
                $"group-{g.Key.GroupPosition + 1}",
                [.. g.Select(q => Chooser.Engine.Chooser.FindQuestion(q.QuestionId)!)])),
    ];

    public bool IsChosen(Question question, AnswerOption option) => Answers.OptionFor(question.Id) == option.Id;

    public bool IsSkipped(Question question) => !Answers.IsAnswered(question.Id);
}

/// <summary>One bar of the score picture; its length is the subject's share of all points, in percent.</summary>
public sealed record ScoreBar(SubjectScore Score, bool IsRecommended)
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
        new(Chooser.Definition.Title, SitePaths.Chooser(Context.Slug)),
        new("Your result", Path),
    ];

    public override string SocialTitle => $"{Recommendation.Recommended.Title} fits best · {Context.Comparison.Title}";

    public string ChangeAnswersPath => Chooser.QuestionnairePath(Answers);

    public string ConfidenceLabel => Recommendation.Confidence switch
    {
        Confidence.ClearFit => "Clear fit",
        Confidence.Leaning => "Leaning",
        _ => "Toss-up",
    };

    public string ConfidenceExplanation => Recommendation.Confidence switch
    {
        Confidence.ClearFit => "Your answers point clearly one way.",
        Confidence.Leaning => "Your answers lean one way, but not by much.",
        _ when Recommendation.TotalPoints == 0 => "None of your answers matched one of the article's rules, so nothing separates the frameworks.",
        _ => "Your answers give the frameworks about the same support.",
    };

    public IReadOnlyList<ScoreBar> Bars =>
        [.. Recommendation.Scores.Select(score => new ScoreBar(score, score.Subject == Recommendation.Recommended))];

    /// <summary>The aspect pages cited by the rules that gave points, once each, in the order the rules fired.</summary>
    public IReadOnlyList<AspectLink> AspectsBehindRules
    {
        get
        {
            var aspectPrefix = SitePaths.Aspect(Context.Slug, "");
            var cited = Recommendation.Contributions
                .Where(c => c.Rule is not null && c.Points > 0)
                .Select(c => c.Rule!.Citation.Split('#')[0])
                .Where(path => path.StartsWith(aspectPrefix, StringComparison.Ordinal))
                .Distinct()
                .ToList();
            return [.. cited.Select(path => Chooser.Definition.Aspects.FirstOrDefault(a => SitePaths.Aspect(Context.Slug, a.Slug) == path) is { } aspect
                    ? new AspectLink(aspect.Title, path)
                    : null)
                .OfType<AspectLink>()];
        }
    }

    public RuleSummary RuleDetail(ScoringRule rule) => Chooser.Rule(rule.Id);

    public string RulePath(ScoringRule rule) => $"{SitePaths.Recommendations(Context.Slug)}#{rule.Id}";

    public string ChangeResultPath(ChangeSuggestion suggestion) => Chooser.ResultPath(suggestion.Answers);

    public static string PointsText(int points) => points == 1 ? "1 point" : $"{points} points";

    private static string DescribeFor(Recommendation recommendation, ComparisonContext context)
    {
        var scores = string.Join(", ", recommendation.Scores.Select(s => $"{s.Subject.Title} {PointsText(s.Points)}"));
        return $"Scored against the rules of the source article behind {context.Comparison.Title}: {scores}. " +
               "See every reason, and what would change the result.";
    }
}
