using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace FrameworkAdvisor.Web.Features.Chooser;

// The JSON API's shapes, named as the README documents them. They are separate from the engine's types so the
// engine can change without breaking clients. The descriptions are what the OpenAPI document and /developers show.

[Description("A comparison's questions, in the order the questionnaire page asks them.")]
public sealed record QuestionnaireResponse(IReadOnlyList<QuestionItem> Questions);

[Description("One question: its id, its text, why we ask it, and the answers it offers.")]
public sealed record QuestionItem(
    [property: Description("The question's id, as recommendation requests and share links use it.")] string Id,
    [property: Description("The question as the questionnaire asks it.")] string Text,
    [property: Description("Why the question matters to the recommendation.")] string Why,
    IReadOnlyList<OptionItem> Options);

[Description("One answer a question offers.")]
public sealed record OptionItem(
    [property: Description("The answer's id, as recommendation requests and share links use it.")] string Id,
    [property: Description("The answer as the questionnaire shows it.")] string Label);

// Bound with [FromBody]; RecommendationRequestJsonConverter reads it, so that a body of the wrong shape is answered
// with what to fix rather than the serializer's message. (XML summaries here would replace the descriptions in the
// OpenAPI document.)
[Description("Answers to score: question id → answer. Leave a question out, or give null, to skip it. Capitals and surrounding spaces in ids are ignored.")]
public sealed record RecommendationRequest(
    [property: Description("Question id → the answer: an option id; or {\"option\": \"<optionId>\", \"importance\": \"high\"} when it matters a lot (its rules count double); or null to skip the question. At least one question must be answered.")]
    IReadOnlyDictionary<string, Answer?> Answers);

// One answer as the client wrote it: an option id, or an object with the option and its importance. Kept as written
// (an unknown importance as it is, an option that is not a string as null) so the errors can say what is wrong; the
// OpenAPI document describes the forms the API takes (see ApiDocumentTransformers.DescribeSchema).
[Description("An option id; or {\"option\": \"<optionId>\", \"importance\": \"normal\" | \"high\"}; or null to skip the question.")]
public sealed record Answer(string? Option, string? Importance)
{
    // True when the answer was written as an object with an "importance" that is not null.
    public bool HasImportance => Importance is not null;
}

[JsonConverter(typeof(JsonStringEnumConverter<Importance>))]
[Description("How much an answer matters: high counts its rules double.")]
public enum Importance
{
    [JsonStringEnumMemberName("normal")]
    Normal,

    [JsonStringEnumMemberName("high")]
    High,
}

[JsonConverter(typeof(JsonStringEnumConverter<ConfidenceLevel>))]
[Description("How sure the recommendation is.")]
public enum ConfidenceLevel
{
    [JsonStringEnumMemberName("clear-fit")]
    ClearFit,

    [JsonStringEnumMemberName("leaning")]
    Leaning,

    [JsonStringEnumMemberName("toss-up")]
    TossUp,
}

[JsonConverter(typeof(JsonStringEnumConverter<DecisionBasis>))]
[Description("What decided the recommendation: the scores, or the comparison's tie-break rule when the scores were level.")]
public enum DecisionBasis
{
    [JsonStringEnumMemberName("score")]
    Score,

    [JsonStringEnumMemberName("tie-break")]
    TieBreak,
}

[Description("The recommendation for one set of answers, with every reason, how sure it is and what would change it.")]
public sealed record RecommendationResponse(
    RecommendedItem Recommended,
    [property: Description("Every framework's points and share of all points, in column order.")] IReadOnlyList<ScoreItem> Scores,
    [property: Description("How sure the recommendation is: clear-fit, leaning or toss-up.")] ConfidenceLevel Confidence,
    [property: Description("Each answer, the rule it triggered and the points it gave, in question order.")] IReadOnlyList<ContributionItem> Contributions,
    [property: Description("The smallest sets of answer changes that would recommend another framework, best first, at most 5.")] IReadOnlyList<ChangeItem> Changes,
    [property: Url, Description("The result page for these answers, to share.")] string ShareUrl);

[Description("The recommended framework, and whether the scores or the tie-break rule decided it.")]
public sealed record RecommendedItem(
    [property: Description("The framework's slug.")] string Slug,
    [property: Description("The framework's name.")] string Title,
    [property: Description("score, or tie-break when level scores were settled by the comparison's tie-break rule.")] DecisionBasis DecidedBy,
    [property: Description("The id of the tie-break rule when it decided; otherwise null.")] string? TieBreakRule);

[Description("One framework's score.")]
public sealed record ScoreItem(
    [property: Description("The framework's slug.")] string Framework,
    [property: Description("The framework's name.")] string Title,
    [property: Description("Points from the rules the answers triggered.")] int Points,
    [property: Range(0.0, 1.0), Description("Points over all points, from 0 to 1 (equal shares when no points were given).")] double Share);

[Description("One answer and the rule it triggered; rule is null for a neutral answer, which gives no points.")]
public sealed record ContributionItem(
    [property: Description("The question's id.")] string Question,
    [property: Description("The chosen option's id.")] string Answer,
    [property: Description("\"high\" when the answer matters a lot (its rules count double), else \"normal\".")] Importance Importance,
    [property: Description("The rule the answer triggered, or null for a neutral answer.")] string? Rule,
    [property: Description("The slug of the framework the rule favours, or null.")] string? Favours,
    [property: Description("The points the rule gave.")] int Points,
    [property: Description("When the rule applies, in words, or null.")] string? Reason,
    [property: Url, Description("Where our pages state the rule, or null.")] string? Citation);

[Description("One way to flip the recommendation with the fewest answer changes.")]
public sealed record ChangeItem(
    IReadOnlyList<AnswerEdit> Edits,
    [property: Description("The slug of the framework these changes would recommend.")] string Recommended,
    [property: Url, Description("The result page for the changed answers.")] string ShareUrl);

[Description("One answer change: from null means answer a skipped question; to null means skip it.")]
public sealed record AnswerEdit(
    [property: Description("The question's id.")] string Question,
    [property: Description("The option now chosen, or null if the question was skipped.")] string? From,
    [property: Description("The option to choose instead, or null to skip the question.")] string? To);
