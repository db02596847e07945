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

/// <summary>A change that would recommend something else, with the address of that result.</summary>
public sealed record ChangeLink(ChangeSuggestion Suggestion, string Path);

/// <summary>
/// The recommendation for one set of answers, with everything that explains it and every address it links to. The
/// headline, title, previews and description all take their words from <see cref="Wording"/>, made once.
/// </summary>
public sealed record ResultViewModel(
    ComparisonContext Context,
    string QuestionnaireTitle,
    ResultWording Wording,
    IReadOnlyList<IgnoredPart> Ignored,
    string ResultPath,
    string ShareUrl,
    string DecisionRecordPath,
    string ChangeAnswersPath,
    IReadOnlyList<ChangeLink> Changes,
    string HowJudged)
    : ComparisonPageViewModel(
        Context,
        Wording.Headline,
        $"Scored against the rules of the source article behind {Context.Comparison.Title}: {Wording.Scores}. See every reason, and what would change the result.",
        ResultPath)
{
    public static ResultViewModel For(LoadedChooser chooser, LinkResolution.Resolved resolved, string shareUrl)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentNullException.ThrowIfNull(resolved);
        var answers = resolved.Answers;
        return new(
            chooser.Context,
            chooser.Questionnaire.Title,
            new ResultWording(resolved.Recommendation),
            resolved.Ignored,
            chooser.ResultPath(answers),
            shareUrl,
            chooser.DecisionRecordPath(answers),
            chooser.QuestionnairePath(answers),
            [.. resolved.Recommendation.WhatWouldChange.Select(suggestion => new ChangeLink(suggestion, chooser.ResultPath(suggestion.Answers)))],
            chooser.Engine.Policy.Describe());
    }

    public Recommendation Recommendation => Wording.Result;

    public override IReadOnlyList<Breadcrumb> Breadcrumbs =>
    [
        new("Home", SitePaths.Home),
        new(Context.Comparison.Title, SitePaths.Comparison(Context.Slug)),
        new(QuestionnaireTitle, SitePaths.Chooser(Context.Slug)),
        new("Your result", Path),
    ];

    public override string SocialTitle => $"{Wording.Headline} · {Context.Comparison.Title}";

    public override string CardDescription => Wording.ImageDescription;

    /// <summary>About 100,000 answer sets each have a result: they are share targets, not pages to rank, but their links lead on.</summary>
    public override string? Robots => "noindex, follow";

    public string ConfidenceLabel => Wording.ConfidenceLabel;

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

            var verb = Counted.Word(NeutralAnswers.Count + Recommendation.Skipped.Count, "counts", "count");
            return parts.Count == 0 ? null : $"{string.Join(" and ", parts)} {verb} for nothing";
        }
    }

    /// <summary>The recommended framework's page, where the verdict leads.</summary>
    public string RecommendedPath => SitePaths.Framework(Context.Slug, Recommendation.Recommended.Slug);

    /// <summary>A reason's points as a badge: "+2 Quill", or "+4 Quill" when the answer matters a lot.</summary>
    public static string PointsOf(Contribution reason) => $"+{reason.Points} {reason.Favours!.Title}";

    /// <summary>How a doubled reason's points came about, "2 × 2: it matters a lot to you"; null when not doubled.</summary>
    public static string? DoublingOf(Contribution reason) =>
        reason.Doubled ? $"{reason.Rule!.Points} × {AnswerSet.ImportanceMultiplier}: it matters a lot to you" : null;
}
