namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Scores a team. Each member's answers are scored as one person's are (importance included), and the team's score
/// for each framework is the sum of the members' scores, so every member counts equally whatever they answered. The
/// winner, the tie-break and the confidence are then decided exactly as for one person, with one adjustment: the lead
/// a clear fit needs is counted per member, so a team of people who all answered alike is judged as each of them is.
/// Deterministic, like the engine: the same members in the same order always give an Equal result.
/// </summary>
public sealed class TeamRecommender
{
    /// <param name="engine">The one-person engine whose rules, policy and tie-break the team is judged by.</param>
    public TeamRecommender(RecommendationEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Model = engine.Model;
        Policy = engine.Policy;

        // Members' results are needed for their scores and verdicts only, and the settle search scores the team
        // many times over: the "what would change" search of each result would be wasted there.
        scorer = new RecommendationEngine(engine.Model, engine.Policy, maxChanges: 0);
    }

    private readonly RecommendationEngine scorer;

    public ChooserModel Model { get; }

    public ConfidencePolicy Policy { get; }

    /// <summary>
    /// The team's result for 1 to <see cref="TeamLimits.MaxMembers"/> members in the order they joined, each with at
    /// least one answer. Throws <see cref="ArgumentException"/> otherwise, or if an answer is not this chooser's.
    /// </summary>
    public TeamResult Recommend(IReadOnlyList<TeamMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count is 0 or > TeamLimits.MaxMembers)
        {
            throw new ArgumentException($"A team has 1 to {TeamLimits.MaxMembers} members; got {members.Count}.", nameof(members));
        }

        var results = new List<MemberResult>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            results.Add(new MemberResult(i, members[i], Score(members[i].Answers)));
        }

        var team = Combine(results.Select(r => r.Result).ToList());
        var questions = Model.Questions.Select(question => Spread(question, members)).ToList();
        return new TeamResult(
            team,
            new ValueList<MemberResult>(results),
            new ValueList<QuestionSpread>(questions),
            new ValueList<SettleSuggestion>(Settle(members, questions, team.Recommended)));
    }

    private Recommendation Score(AnswerSet answers) =>
        scorer.Recommend(answers) as Recommendation
            ?? throw new ArgumentException("Every member must have answered at least one question.", nameof(answers));

    /// <summary>The members' results as one: summed scores, judged by <see cref="Standing"/> and the policy.</summary>
    private Recommendation Combine(List<Recommendation> results)
    {
        var scores = new int[Model.Frameworks.Count];
        foreach (var result in results)
        {
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] += result.Scores[i].Points;
            }
        }

        var total = scores.Sum();
        var standing = Standing.Of(scores, Model.TieBreakFramework);
        var perMember = Policy with { ClearFitMinimumLead = Policy.ClearFitMinimumLead * results.Count };
        var answered = Model.Questions.Where(q => results.Any(r => r.Skipped.All(s => s != q))).ToList();
        return new Recommendation(
            Recommended: Model.Frameworks[standing.Winner],
            DecidedBy: standing.DecidedBy,
            TieBreakRule: standing.DecidedBy == DecidedBy.TieBreak ? Model.TieBreakRule : null,
            Scores: new ValueList<FrameworkScore>(Model.Frameworks.Select((framework, i) =>
                new FrameworkScore(framework, scores[i], total == 0 ? 1.0 / scores.Length : (double)scores[i] / total))),
            TotalPoints: total,
            Lead: standing.Lead,
            Margin: ConfidencePolicy.MarginOf(standing.Lead, total),
            Confidence: perMember.Classify(standing.Top, standing.RunnerUp, total),
            Contributions: new ValueList<Contribution>(results.SelectMany(r => r.Contributions)),
            AnsweredCount: answered.Count,
            QuestionCount: Model.Questions.Count,
            Skipped: new ValueList<Question>(Model.Questions.Except(answered)),
            WhatWouldChange: ValueList<ChangeSuggestion>.Empty,
            MaxChanges: 0);
    }

    private static QuestionSpread Spread(Question question, IReadOnlyList<TeamMember> members) =>
        new(question, new ValueList<MemberAnswer>(members.Select((member, i) => new MemberAnswer(
            i,
            member.Answers.OptionFor(question.Id) is { } optionId ? question.FindOption(optionId) : null,
            member.Answers.IsImportant(question.Id)))));

    /// <summary>
    /// For each disputed question, the team result if every member took each answer members gave (keeping their
    /// "matters a lot" marks); the questions where one of those changes the recommendation, fewest changed answers
    /// first, then in questionnaire order.
    /// </summary>
    private List<SettleSuggestion> Settle(IReadOnlyList<TeamMember> members, IReadOnlyList<QuestionSpread> questions, Framework current)
    {
        var suggestions = new List<SettleSuggestion>();
        foreach (var spread in questions.Where(q => !q.Agreed))
        {
            var outcomes = new List<SettleOutcome>();
            foreach (var option in spread.Chosen)
            {
                var agreed = members.Select(m => m with { Answers = m.Answers.With(spread.Question.Id, option.Id) }).ToList();
                var result = Combine(agreed.Select(m => Score(m.Answers)).ToList());
                var changes = members.Count(m => m.Answers.OptionFor(spread.Question.Id) != option.Id);
                outcomes.Add(new SettleOutcome(option, changes, result.Recommended, result.DecidedBy, result.Recommended != current));
            }

            if (outcomes.Any(o => o.ChangesOutcome))
            {
                suggestions.Add(new SettleSuggestion(spread.Question, new ValueList<SettleOutcome>(outcomes)));
            }
        }

        // A stable sort: questions with as few changes keep questionnaire order.
        return [.. suggestions.OrderBy(s => s.FewestChanges)];
    }
}
