namespace FrameworkAdvisor.Recommendations;

/// <summary>What the engine says about a set of answers: <see cref="NothingAnswered"/> or a <see cref="Recommendation"/>.</summary>
public abstract record Outcome;

/// <summary>No question answered yet: there is nothing to score, so we ask for an answer rather than guess.</summary>
public sealed record NothingAnswered(int QuestionCount) : Outcome
{
    public const string Text = "Answer at least one question to get a recommendation.";

    public string Message { get; } = Text;
}

/// <summary>How the recommended framework was chosen.</summary>
public enum DecidedBy
{
    /// <summary>It has the most points.</summary>
    Score,

    /// <summary>The top frameworks were level and the comparison's tie-break rule favours this one.</summary>
    TieBreak,
}

/// <summary>How strongly the answers point at the recommendation; <see cref="ConfidencePolicy"/> draws the lines.</summary>
public enum Confidence
{
    ClearFit,
    Leaning,
    TossUp,
}

/// <summary>
/// The recommendation with everything needed to explain it: the scores, every answer's contribution, the questions
/// skipped, and the fewest answer changes that would recommend something else. Outcomes from the engine compare by
/// value, so the same answers always give an Equal recommendation.
/// </summary>
public sealed record Recommendation(
    Framework Recommended,
    DecidedBy DecidedBy,
    Rule? TieBreakRule,
    IReadOnlyList<FrameworkScore> Scores,
    int TotalPoints,
    int Lead,
    double Margin,
    Confidence Confidence,
    IReadOnlyList<Contribution> Contributions,
    int AnsweredCount,
    int QuestionCount,
    IReadOnlyList<Question> Skipped,
    IReadOnlyList<ChangeSuggestion> WhatWouldChange,
    int MaxChanges) : Outcome;

/// <summary>
/// One framework's points. <see cref="Share"/> is its part of all points given; when no points were given at all every
/// framework has an equal share, so a chart never shows NaN.
/// </summary>
public sealed record FrameworkScore(Framework Framework, int Points, double Share);

/// <summary>
/// One line of the explanation: an answer and a rule it triggered. A neutral answer has one line with no rule and
/// 0 points, so it still shows. A rule counts once per set of answers: when another answer carries it, this line has
/// 0 points and <see cref="CountedWith"/> names that answer's question, so the explanation says why it added nothing.
/// <see cref="Favours"/> is the framework the rule favours (null for a neutral answer). <see cref="Important"/> says
/// the visitor marked this answer as mattering a lot; a line that carries a rule for such an answer has
/// <see cref="AnswerSet.ImportanceMultiplier"/> times the rule's points.
/// </summary>
public sealed record Contribution(Question Question, AnswerOption Option, Rule? Rule, Framework? Favours, int Points, Question? CountedWith)
{
    public bool Important { get; init; }

    public bool IsNeutral => Rule is null;

    /// <summary>The rule's points are carried by another answer's line.</summary>
    public bool CountedElsewhere => CountedWith is not null;

    /// <summary>This line carries the rule at double points because the answer matters a lot.</summary>
    public bool Doubled => Rule is not null && CountedWith is null && Important;
}
