using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Web.BrowserTests;

/// <summary>
/// Answer sets picked from the shipped questionnaire and rules, so the tests name no question, option or framework
/// themselves. Each set maps question id to option id; a question left out is skipped.
/// </summary>
public sealed class ChooserAnswers(Comparison comparison)
{
    public Questionnaire Questionnaire { get; } = comparison.Questionnaire
        ?? throw new InvalidOperationException($"The shipped comparison '{comparison.Slug}' has no questionnaire.");

    public IReadOnlyList<Question> Questions => [.. Questionnaire.Questions];

    public string QuestionnairePath => SitePaths.Chooser(comparison.Slug);

    /// <summary>Two or more answers whose rules all favour one framework and none the other: a clear fit.</summary>
    public IReadOnlyDictionary<string, string> ClearFit()
    {
        var rules = comparison.Recommendations.Rules.ToDictionary(r => r.Id);
        var favoured = comparison.Recommendations.Rules.First(r => !r.IsTieBreak).Favours;
        var answers = Questions
            .Select(q => (q.Id, Option: q.Options.FirstOrDefault(o => o.RuleIds.Count > 0 && o.RuleIds.All(id => rules[id].Favours == favoured && !rules[id].IsTieBreak))))
            .Where(x => x.Option is not null)
            .Take(3)
            .ToDictionary(x => x.Id, x => x.Option!.Id);
        return answers.Count >= 2 ? answers : throw new InvalidOperationException("The questionnaire has too few answers for one framework to make a clear fit.");
    }

    /// <summary>Only neutral answers ("I do not mind"): level scores, so the article's tie-break decides.</summary>
    public IReadOnlyDictionary<string, string> Neutral() =>
        Questions.Select(q => (q.Id, Option: q.Options.FirstOrDefault(o => o.RuleIds.Count == 0)))
            .Where(x => x.Option is not null)
            .ToDictionary(x => x.Id, x => x.Option!.Id);

    /// <summary>Every question answered, each with a different position in its list, so no answer is "the first".</summary>
    public IReadOnlyDictionary<string, string> EveryQuestion() =>
        Questions.Select((q, index) => (q.Id, Option: q.Options[(index + 1) % q.Options.Count]))
            .ToDictionary(x => x.Id, x => x.Option.Id);

    /// <summary>Some questions answered and the rest skipped, mixing rule-bearing and neutral answers.</summary>
    public IReadOnlyDictionary<string, string> Some() =>
        Questions.Where((_, index) => index % 2 == 0)
            .Select((q, index) => (q.Id, Option: q.Options[index % q.Options.Count]))
            .ToDictionary(x => x.Id, x => x.Option.Id);

    /// <summary>
    /// For each question in <paramref name="answers"/>, an answer whose rules favour another framework than that
    /// answer's do: a teammate who disagrees on every question the other answered, where the rules allow it.
    /// </summary>
    public IReadOnlyDictionary<string, string> Opposing(IReadOnlyDictionary<string, string> answers)
    {
        var rules = comparison.Recommendations.Rules.ToDictionary(r => r.Id);
        string[] Favours(AnswerOption option) => [.. option.RuleIds.Select(id => rules[id].Favours).Distinct()];
        return answers
            .Select(pair => (pair.Key, Given: Favours(Option(pair.Key, pair.Value))))
            .Select(x => (x.Key, Option: Question(x.Key).Options.FirstOrDefault(o => Favours(o) is [var other] && !x.Given.Contains(other))))
            .Where(x => x.Option is not null)
            .ToDictionary(x => x.Key, x => x.Option!.Id);
    }

    /// <summary>The query of a share link for the answers, for a form or a team to take.</summary>
    public string Query(IReadOnlyDictionary<string, string> answers) =>
        string.Join('&', Questions.Where(q => answers.ContainsKey(q.Id)).Select(q => $"{q.Id}={answers[q.Id]}"));

    public Question Question(string id) => Questions.Single(q => q.Id == id);

    public AnswerOption Option(string questionId, string optionId) => Question(questionId).Options.Single(o => o.Id == optionId);

    /// <summary>A result link for the answers, in questionnaire order; the site redirects it to its canonical form.</summary>
    public string ResultPath(IReadOnlyDictionary<string, string> answers) =>
        SitePaths.ChooserResult(comparison.Slug) + "?" + string.Join('&', Questions.Where(q => answers.ContainsKey(q.Id)).Select(q => $"{q.Id}={answers[q.Id]}"));
}
