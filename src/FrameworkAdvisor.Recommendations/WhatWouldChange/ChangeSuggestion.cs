namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// A smallest set of answer changes that would recommend <see cref="NewRecommended"/> instead, with the answers it
/// leads to (so the page can link to that result) and the new winner's lead in points (0 when a tie-break decides).
/// </summary>
public sealed record ChangeSuggestion(IReadOnlyList<AnswerChange> Changes, Framework NewRecommended, DecidedBy DecidedBy, int Lead, AnswerSet Answers);

/// <summary>What kind of change an <see cref="AnswerChange"/> is, for wording it on the page.</summary>
public enum AnswerChangeKind
{
    /// <summary>Answer a question that was skipped.</summary>
    Answer,

    /// <summary>Pick a different option.</summary>
    Change,

    /// <summary>Skip a question that was answered.</summary>
    Skip,
}

/// <summary>One question's change: <see cref="From"/> is null when it was skipped, <see cref="To"/> is null to skip it.</summary>
public sealed record AnswerChange(Question Question, AnswerOption? From, AnswerOption? To)
{
    public AnswerChangeKind Kind => From is null ? AnswerChangeKind.Answer : To is null ? AnswerChangeKind.Skip : AnswerChangeKind.Change;
}
