using System.Text.Json;
using FrameworkAdvisor.Recommendations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// Reads the answers of a recommendation request: {"answers": {"&lt;questionId&gt;": "&lt;optionId&gt;"}}, where an
/// answer may also be {"option": "&lt;optionId&gt;", "importance": "high"} to say it matters a lot. Ids are matched
/// as share links match them. Every problem goes into the model state, so one response lists them all; a null
/// answer means "skipped", like leaving the question out.
/// </summary>
internal static class RecommendationRequestReader
{
    public const string NormalImportance = "normal";
    public const string HighImportance = "high";

    public static AnswerSet? ReadAnswers(JsonElement root, ChooserModel chooser, ModelStateDictionary errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("answers", out var answersElement))
        {
            errors.AddModelError("answers", "The body must be an object with an 'answers' property: {\"answers\": {\"<questionId>\": \"<optionId>\"}}.");
            return null;
        }

        if (answersElement.ValueKind != JsonValueKind.Object)
        {
            errors.AddModelError("answers", "'answers' must be an object mapping question ids to option ids.");
            return null;
        }

        var answers = AnswerSet.Empty;
        foreach (var property in answersElement.EnumerateObject())
        {
            var key = $"answers.{ChooserApiController.Echo(property.Name)}";
            if (chooser.FindQuestion(property.Name) is not { } question)
            {
                errors.AddModelError(key, $"There is no such question. Questions: {string.Join(", ", chooser.Questions.Select(q => q.Id))}.");
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var (optionId, matters) = OptionAndImportance(property.Value, key, errors);
            if (optionId is null || question.FindOption(optionId) is not { } option)
            {
                errors.AddModelError(key, $"Not an answer to this question. Answers: {string.Join(", ", question.Options.Select(o => o.Id))}, or null to skip.");
                continue;
            }

            if (answers.IsAnswered(question.Id))
            {
                errors.AddModelError(key, "This question is answered twice.");
                continue;
            }

            answers = answers.With(question.Id, option.Id).WithImportance(question.Id, matters);
        }

        return errors.IsValid ? answers : null;
    }

    /// <summary>An answer is an option id, or an object with "option" and an optional "importance".</summary>
    private static (string? OptionId, bool Matters) OptionAndImportance(JsonElement answer, string key, ModelStateDictionary errors)
    {
        if (answer.ValueKind == JsonValueKind.String)
        {
            return (answer.GetString(), false);
        }

        if (answer.ValueKind != JsonValueKind.Object)
        {
            return (null, false);
        }

        var optionId = answer.TryGetProperty("option", out var option) && option.ValueKind == JsonValueKind.String ? option.GetString() : null;
        if (!answer.TryGetProperty("importance", out var importance) || importance.ValueKind == JsonValueKind.Null)
        {
            return (optionId, false);
        }

        var level = importance.ValueKind == JsonValueKind.String ? AnswerIds.Normalize(importance.GetString()) : null;
        if (level is not (NormalImportance or HighImportance))
        {
            errors.AddModelError(key, $"'importance' must be \"{NormalImportance}\" or \"{HighImportance}\" (it matters a lot: its rules count double).");
        }

        return (optionId, level == HighImportance);
    }
}
