namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Scores a chooser's answers: each answered option triggers its rules, each rule gives its points to the framework it
/// favours (once per set of answers, however many answers trigger it; twice as many when an answer that triggers it
/// matters a lot to the visitor), and the most points win. The result explains
/// itself line by line and says which fewest answer changes would recommend something else. Deterministic: the same
/// answers always give an Equal outcome.
/// </summary>
public sealed class RecommendationEngine
{
    public const int DefaultMaxChanges = 3;

    /// <param name="chooser">The questionnaire and rules.</param>
    /// <param name="policy">Where the confidence levels begin; <see cref="ConfidencePolicy.Default"/> when null.</param>
    /// <param name="maxChanges">How many answer changes "what would change" may combine before it gives up.</param>
    public RecommendationEngine(ChooserModel chooser, ConfidencePolicy? policy = null, int maxChanges = DefaultMaxChanges)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentOutOfRangeException.ThrowIfNegative(maxChanges);
        Model = chooser;
        Policy = policy ?? ConfidencePolicy.Default;
        MaxChanges = maxChanges;
    }

    public ChooserModel Model { get; }

    public ConfidencePolicy Policy { get; }

    /// <summary>The most answer changes a suggestion may combine; the page can say "no change of up to N answers would".</summary>
    public int MaxChanges { get; }

    /// <summary>Scores the answers. Throws <see cref="ArgumentException"/> if they name a question or option the chooser lacks.</summary>
    public Outcome Recommend(AnswerSet answers)
    {
        var chosen = Model.OptionPositions(answers);
        var important = Model.ImportantPositions(answers);
        if (answers.IsEmpty)
        {
            return new NothingAnswered(Model.Questions.Count);
        }

        var scores = new int[Model.Frameworks.Count];
        var contributions = new List<Contribution>();
        var skipped = new List<Question>();
        Tally(chosen, important, scores, contributions, skipped);

        var total = scores.Sum();
        var standing = Standing.Of(scores, Model.TieBreakFramework);
        return new Recommendation(
            Recommended: Model.Frameworks[standing.Winner],
            DecidedBy: standing.DecidedBy,
            TieBreakRule: standing.DecidedBy == DecidedBy.TieBreak ? Model.TieBreakRule : null,
            Scores: new ValueList<FrameworkScore>(Model.Frameworks.Select((framework, i) => new FrameworkScore(framework, scores[i], ShareOf(scores[i], total, scores.Length)))),
            TotalPoints: total,
            Lead: standing.Lead,
            Margin: ConfidencePolicy.MarginOf(standing.Lead, total),
            Confidence: Policy.Classify(standing.Top, standing.RunnerUp, total),
            Contributions: new ValueList<Contribution>(contributions),
            AnsweredCount: answers.Count,
            QuestionCount: Model.Questions.Count,
            Skipped: new ValueList<Question>(skipped),
            WhatWouldChange: ChangeFinder.Find(Model, chosen, important, standing.Winner, MaxChanges),
            MaxChanges: MaxChanges);
    }

    /// <summary>
    /// A rule counts once per set of answers. Its points double when any answer that triggers it matters a lot, and
    /// the line that carries them is the first such answer, else the first answer that triggers it; the others show
    /// 0 points and which question carries the rule.
    /// </summary>
    private void Tally(int[] chosen, bool[] important, int[] scores, List<Contribution> contributions, List<Question> skipped)
    {
        var (carrier, doubled) = Carriers(chosen, important);
        for (var q = 0; q < chosen.Length; q++)
        {
            var question = Model.Questions[q];
            if (chosen[q] < 0)
            {
                skipped.Add(question);
                continue;
            }

            var option = question.Options[chosen[q]];
            var ruleIndexes = Model.OptionRules[q][chosen[q]];
            if (ruleIndexes.Length == 0)
            {
                contributions.Add(new Contribution(question, option, Rule: null, Favours: null, Points: 0, CountedWith: null) { Important = important[q] });
            }

            foreach (var r in ruleIndexes)
            {
                var rule = Model.Rules[r];
                var favours = Model.Frameworks[Model.RuleFrameworks[r]];
                if (carrier[r] != q)
                {
                    contributions.Add(new Contribution(question, option, rule, favours, Points: 0, CountedWith: Model.Questions[carrier[r]]) { Important = important[q] });
                    continue;
                }

                var points = rule.Points * (doubled[r] ? AnswerSet.ImportanceMultiplier : 1);
                scores[Model.RuleFrameworks[r]] += points;
                contributions.Add(new Contribution(question, option, rule, favours, points, CountedWith: null) { Important = important[q] });
            }
        }
    }

    /// <summary>For each rule, the question whose line carries its points (-1 if none triggers it) and whether they double.</summary>
    private (int[] Carrier, bool[] Doubled) Carriers(int[] chosen, bool[] important)
    {
        var carrier = new int[Model.Rules.Count];
        var doubled = new bool[Model.Rules.Count];
        Array.Fill(carrier, -1);
        for (var q = 0; q < chosen.Length; q++)
        {
            if (chosen[q] < 0)
            {
                continue;
            }

            foreach (var r in Model.OptionRules[q][chosen[q]])
            {
                if (carrier[r] < 0 || (important[q] && !doubled[r]))
                {
                    (carrier[r], doubled[r]) = (q, important[q]);
                }
            }
        }

        return (carrier, doubled);
    }

    private static double ShareOf(int points, int total, int frameworkCount) =>
        total == 0 ? 1.0 / frameworkCount : (double)points / total;
}
