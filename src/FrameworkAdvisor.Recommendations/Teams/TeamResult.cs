namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// What a team's answers come to: the team's own result (its scores are the members' scores added up, judged as one
/// person's are), each member's own, the questionnaire question by question with who answered what, and what would
/// settle the disputed questions that decide the outcome.
/// </summary>
public sealed record TeamResult(
    Recommendation Team,
    IReadOnlyList<MemberResult> Members,
    IReadOnlyList<QuestionSpread> Questions,
    IReadOnlyList<SettleSuggestion> Settle);

/// <summary>One member with their own result; <see cref="Index"/> is their place in the order they joined, from 0.</summary>
public sealed record MemberResult(int Index, TeamMember Member, Recommendation Result)
{
    public string ShownName => TeamLimits.Shown(Member.Name, Index);
}

/// <summary>One member's answer to a question: <see cref="Option"/> is null when they skipped it.</summary>
public sealed record MemberAnswer(int Member, AnswerOption? Option, bool Important);

/// <summary>
/// One question and every member's answer to it, in the order they joined. The team agrees on it when no two members
/// chose different answers (a skip disagrees with no one).
/// </summary>
public sealed record QuestionSpread(Question Question, IReadOnlyList<MemberAnswer> Answers)
{
    /// <summary>The answers members chose, each once, in the question's option order.</summary>
    public IReadOnlyList<AnswerOption> Chosen =>
        [.. Question.Options.Where(option => Answers.Any(answer => answer.Option == option))];

    public bool Agreed => Chosen.Count <= 1;

    public bool NobodyAnswered => Chosen.Count == 0;
}

/// <summary>
/// A disputed question that decides the team's outcome: what the team result would be if every member took each of
/// the answers members gave. <see cref="FewestChanges"/> is how few members would have to change their answer for the
/// result to change.
/// </summary>
public sealed record SettleSuggestion(Question Question, IReadOnlyList<SettleOutcome> Outcomes)
{
    public int FewestChanges => Outcomes.Where(o => o.ChangesOutcome).Min(o => o.Changes);
}

/// <summary>
/// If every member answered <see cref="Option"/>: how many would change their answer (a member who skipped counts),
/// and what the team would then be recommended; <see cref="ChangesOutcome"/> when that is not today's recommendation.
/// </summary>
public sealed record SettleOutcome(AnswerOption Option, int Changes, Framework Recommended, DecidedBy DecidedBy, bool ChangesOutcome);
