using FrameworkAdvisor.Recommendations;
namespace FrameworkAdvisor.Content;

/// <summary>
/// Every rule in recommendations.md must be named by some option of the questionnaire, or the chooser could never
/// recommend it.
/// </summary>
internal sealed class RuleReachabilityCheck(IReadOnlyList<Rule> rules, QuestionnaireFile questionnaire)
{
    public void Report(ContentErrors errors)
    {
        foreach (var rule in rules.Where(r => !questionnaire.NamedRuleIds.Contains(r.Id)))
        {
            errors.Add(questionnaire.Path, questionnaire.GroupsLine,
                $"rule '{rule.Id}' is not named by any option, so the chooser could never recommend it; add it to an option's 'rules'");
        }
    }
}
