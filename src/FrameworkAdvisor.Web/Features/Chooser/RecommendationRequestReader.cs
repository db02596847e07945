using FrameworkAdvisor.Recommendations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// Matches the answers of a recommendation request to a chooser's questions and options: {"answers":
/// {"&lt;questionId&gt;": "&lt;optionId&gt;"}}, where an answer may also be {"option": "&lt;optionId&gt;",
/// "importance": "high"} to say it matters a lot. Ids are matched as share links match them. Every problem goes into
/// the model state, so one response lists them all; a null answer means "skipped", like leaving the question out.
/// </summary>
internal static class RecommendationRequestReader
{
    public const string NormalImportance = "normal";
    public const string HighImportance = "high";

    public static AnswerSet? ReadAnswers(RecommendationRequest request, ChooserModel chooser, ModelStateDictionary errors)
    {
        var answers = AnswerSet.Empty;
        foreach (var (questionId, answer) in request.Answers)
        {
            var key = $"answers.{ChooserApiController.Echo(questionId)}";
            if (chooser.FindQuestion(questionId) is not { } question)
            {
                errors.AddModelError(key, $"There is no such question. Questions: {string.Join(", ", chooser.Questions.Select(q => q.Id))}.");
                continue;
            }

            if (answer is null)
            {
                continue;
            }

            var matters = Matters(answer, key, errors);
            if (answer.Option is null || question.FindOption(answer.Option) is not { } option)
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

    /// <summary>An answer without an importance is a normal one.</summary>
    private static bool Matters(Answer answer, string key, ModelStateDictionary errors)
    {
        if (!answer.HasImportance)
        {
            return false;
        }

        var level = AnswerIds.Normalize(answer.Importance);
        if (level is not (NormalImportance or HighImportance))
        {
            errors.AddModelError(key, $"'importance' must be \"{NormalImportance}\" or \"{HighImportance}\" (it matters a lot: its rules count double).");
        }

        return level == HighImportance;
    }
}
