namespace FrameworkAdvisor.Recommendations;

/// <summary>One of the compared things a chooser can recommend. <see cref="Slug"/> is what rules name in Favours.</summary>
public sealed record Subject(string Slug, string Title);

/// <summary>
/// One recommendation: when it applies (<see cref="Summary"/>), which subject it favours and by how many points.
/// <see cref="Citation"/> is the site path and anchor where our pages state it, so every point can be traced.
/// The tie-break rule decides when the top subjects are level; an answer can also trigger it like any other rule.
/// </summary>
public sealed record ScoringRule(string Id, string Favours, int Points, bool IsTieBreak, string Citation, string Summary);

/// <summary>
/// One answer a visitor can pick. An option with no rules is a neutral answer: it is listed in the explanation with
/// zero points, which is what makes "no preference" different from not answering.
/// </summary>
public sealed record AnswerOption(string Id, string Label, IReadOnlyList<string> RuleIds)
{
    public bool IsNeutral => RuleIds.Count == 0;
}

/// <summary>One question. <see cref="Why"/> tells the visitor why we ask it.</summary>
public sealed record Question(string Id, string Text, string Why, IReadOnlyList<AnswerOption> Options)
{
    /// <summary>The option with this id, or null; ids are compared exactly (they are lower-case slugs).</summary>
    public AnswerOption? FindOption(string optionId)
    {
        foreach (var option in Options)
        {
            if (string.Equals(option.Id, optionId, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }
}
