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
/// An answer that triggered a rule, as a line of the reasons: the rule's address, and its points as a badge ("+2
/// Quill") with how a doubled answer's points came about ("2 × 2: it matters a lot to you"). A rule that counts once
/// and is carried by another answer's line has neither.
/// </summary>
public sealed record ReasonLine(Contribution Reason, Rule Rule, string RulePath, string? Points, string? Doubling)
{
    public static ReasonLine For(Contribution reason, ResultPageParts parts)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(parts);
        var rule = reason.Rule!;
        return reason.CountedWith is not null
            ? new(reason, rule, parts.RulePath(rule), null, null)
            : new(reason, rule, parts.RulePath(rule), $"+{reason.Points} {reason.Favours!.Title}",
                reason.Doubled ? $"{rule.Points} × {AnswerSet.ImportanceMultiplier}: it matters a lot to you" : null);
    }
}

/// <summary>
/// The recommendation for one set of answers, with everything that explains it and every address it links to, each
/// worked out once here so the view is plain loops. The headline, title, previews and description all take their
/// words from <see cref="Wording"/>, made once; what does not depend on the answers comes from the chooser's
/// <see cref="ResultPageParts"/>, made once per content generation.
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
    ResultPageParts Parts)
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
            chooser.ResultParts);
    }

    public Recommendation Recommendation => Wording.Result;

    public override IReadOnlyList<Breadcrumb> Breadcrumbs { get; } =
    [
        new("Home", SitePaths.Home),
        new(Context.Comparison.Title, SitePaths.Comparison(Context.Slug)),
        new(QuestionnaireTitle, SitePaths.Chooser(Context.Slug)),
        new("Your result", ResultPath),
    ];

    public override string SocialTitle { get; } = $"{Wording.Headline} · {Context.Comparison.Title}";

    public override string CardDescription { get; } = Wording.ImageDescription;

    /// <summary>About 100,000 answer sets each have a result: they are share targets, not pages to rank, but their links lead on.</summary>
    public override string? Robots => "noindex, follow";

    /// <summary>How confidence is judged, in a sentence.</summary>
    public string HowJudged => Parts.HowJudged;

    public string ConfidenceLabel => Wording.ConfidenceLabel;

    /// <summary>The style hook for the confidence line, named as the API names the level.</summary>
    public string ConfidenceClass => $"confidence confidence-{Recommendation.Confidence.Name()}";

    public string ConfidenceExplanation => Wording.ConfidenceExplanation;

    public IReadOnlyList<ScoreBar> Bars { get; } =
        [.. Wording.Result.Scores.Select(score => new ScoreBar(score, score.Framework == Wording.Result.Recommended, Wording.Result.TotalPoints == 0))];

    /// <summary>The aspect pages cited by the rules that gave points, once each, in the order the rules fired.</summary>
    public IReadOnlyList<AspectLink> AspectsBehindRules { get; } =
    [
        .. Wording.Result.Contributions
            .Where(c => c.Points > 0 && c.Rule is not null)
            .Select(c => Parts.AspectOf(c.Rule!))
            .OfType<AspectLink>()
            .Distinct(),
    ];

    /// <summary>The comparison's recommendations page, where every rule is stated.</summary>
    public string RecommendationsPath => Parts.RecommendationsPath;

    public string RulePath(Rule rule) => Parts.RulePath(rule);

    /// <summary>The answers that triggered a rule, in questionnaire order: the reasons for the result.</summary>
    public IReadOnlyList<ReasonLine> Reasons { get; } =
        [.. Wording.Result.Contributions.Where(c => !c.IsNeutral).Select(c => ReasonLine.For(c, Parts))];

    /// <summary>Answers that matched no rule: listed once, in one line, not one reason each.</summary>
    public IReadOnlyList<Contribution> NeutralAnswers { get; } = [.. Wording.Result.Contributions.Where(c => c.IsNeutral)];

    /// <summary>"1 neutral answer and 2 skipped questions count for nothing", or null when every answer gave a reason.</summary>
    public string? QuietLine => QuietLineOf(NeutralAnswers.Count, Recommendation.Skipped.Count);

    /// <summary>The recommended framework's page, where the verdict leads.</summary>
    public string RecommendedPath => Parts.FrameworkPath(Recommendation.Recommended);

    private static string? QuietLineOf(int neutral, int skipped)
    {
        var parts = new List<string>();
        if (neutral > 0)
        {
            parts.Add(Counted.Of(neutral, "neutral answer"));
        }

        if (skipped > 0)
        {
            parts.Add(Counted.Of(skipped, "skipped question"));
        }

        var verb = Counted.Word(neutral + skipped, "counts", "count");
        return parts.Count == 0 ? null : $"{string.Join(" and ", parts)} {verb} for nothing";
    }
}
