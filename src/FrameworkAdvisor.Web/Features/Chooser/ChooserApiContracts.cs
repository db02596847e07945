namespace FrameworkAdvisor.Web.Features.Chooser;

// The JSON API's shapes, named as the README documents them. They are separate from the engine's types so the
// engine can change without breaking clients.

public sealed record QuestionnaireResponse(IReadOnlyList<QuestionItem> Questions);

public sealed record QuestionItem(string Id, string Text, string Why, IReadOnlyList<OptionItem> Options);

public sealed record OptionItem(string Id, string Label);

public sealed record RecommendationResponse(
    RecommendedItem Recommended,
    IReadOnlyList<ScoreItem> Scores,
    string Confidence,
    IReadOnlyList<ContributionItem> Contributions,
    IReadOnlyList<ChangeItem> Changes,
    string ShareUrl);

/// <summary><see cref="DecidedBy"/> is "score", or "tie-break" when level scores were settled by the article's tie-break rule.</summary>
public sealed record RecommendedItem(string Slug, string Title, string DecidedBy, string? TieBreakRule);

public sealed record ScoreItem(string Framework, string Title, int Points, double Share);

/// <summary>
/// One answer and the rule it triggered; <see cref="Rule"/> is null for a neutral answer. <see cref="Importance"/> is
/// "high" when the answer matters a lot (its rules count double) and "normal" otherwise.
/// </summary>
public sealed record ContributionItem(
    string Question,
    string Answer,
    string Importance,
    string? Rule,
    string? Favours,
    int Points,
    string? Reason,
    string? Citation);

/// <summary>One way to flip the recommendation with the fewest answer changes.</summary>
public sealed record ChangeItem(IReadOnlyList<AnswerEdit> Edits, string Recommended, string ShareUrl);

/// <summary><see cref="From"/> null means the question was skipped; <see cref="To"/> null means skip it.</summary>
public sealed record AnswerEdit(string Question, string? From, string? To);
