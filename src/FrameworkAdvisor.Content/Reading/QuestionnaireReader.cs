using FrameworkAdvisor.Recommendations;
namespace FrameworkAdvisor.Content;

/// <summary>
/// A questionnaire as read, with where its 'groups' are written, for checks that blame it as a whole.
/// <see cref="NamedRuleIds"/> holds every known rule an option names, even an option left out for a missing key,
/// so that one mistake is reported once.
/// </summary>
internal sealed record QuestionnaireFile(Questionnaire Questionnaire, string Path, int GroupsLine, IReadOnlySet<string> NamedRuleIds);

/// <summary>
/// Reads questionnaire.md, which is optional: a comparison can be published before its chooser is written.
/// Needs the rules, since each option names the rules it triggers.
/// </summary>
internal sealed class QuestionnaireReader(ReadingContext comparison)
{
    private ContentErrors Errors => comparison.Errors;

    public QuestionnaireFile? Read(IReadOnlyList<Rule> rules)
    {
        if (comparison.Folder.OptionalFile("questionnaire.md") is not { } file)
        {
            return null;
        }

        var path = SitePaths.Chooser(comparison.Slug);
        var (title, summary, keywords) = file.Head();
        var questionLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var namedRuleIds = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<QuestionGroup>();
        foreach (var groupItem in file.FrontMatter.RequiredMappingList("groups"))
        {
            var groupTitle = groupItem.RequiredText("title") ?? "";
            var questions = groupItem.RequiredMappingList("questions")
                .Select(item => ReadQuestion(item, file.Path, rules, questionLines, namedRuleIds))
                .OfType<Question>()
                .ToList();
            groupItem.ReportUnknownKeys();
            groups.Add(new QuestionGroup(groupTitle, questions));
        }

        file.FrontMatter.ReportUnknownKeys();
        comparison.Pages.Register(path, PageKind.Questionnaire, file);
        var introHtml = comparison.Renderer.InspectAndRender(file, path, title, summary, keywords);
        // The answers are set apart as the page lists them, so a snippet does not run one label into the next.
        foreach (var question in groups.SelectMany(g => g.Questions))
        {
            comparison.Renderer.IndexText(path, title, PageAnchors.QuestionPrefix + question.Id, question.Text, SearchPlace.Item,
                [question.Why, string.Join(" · ", question.Options.Select(o => o.Label))]);
        }

        var questionnaire = new Questionnaire(title, summary, introHtml, groups);
        return new QuestionnaireFile(questionnaire, file.Path, file.FrontMatter.LineOf("groups"), namedRuleIds);
    }

    private Question? ReadQuestion(FrontMatter item, string filePath, IReadOnlyList<Rule> rules,
        Dictionary<string, int> questionLines, HashSet<string> namedRuleIds)
    {
        var id = item.RequiredText("id");
        var text = item.RequiredText("text");
        var why = item.RequiredText("why");
        var optionLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var options = item.RequiredMappingList("options")
            .Select(option => ReadOption(option, filePath, id, rules, optionLines, namedRuleIds))
            .OfType<AnswerOption>()
            .ToList();
        item.ReportUnknownKeys();
        if (id is null || text is null || why is null)
        {
            return null;
        }

        if (!Slug.IsValid(id))
        {
            Errors.Add(filePath, item.LineOf("id"), $"question id '{id}' must be lower-case words joined by hyphens; it appears in shared links");
        }
        else if (!questionLines.TryAdd(id, item.LineOf("id")))
        {
            Errors.Add(filePath, item.LineOf("id"), $"duplicate question id '{id}' (first used on line {questionLines[id]})");
        }

        if (item.Has("options") && optionLines.Count < 2)
        {
            Errors.Add(filePath, item.LineOf("options"), $"question '{id}' needs at least two options; skipping is always offered as well");
        }

        return new Question(id, text, why, options);
    }

    private AnswerOption? ReadOption(FrontMatter item, string filePath, string? questionId, IReadOnlyList<Rule> rules,
        Dictionary<string, int> optionLines, HashSet<string> namedRuleIds)
    {
        var id = item.RequiredText("id");
        var label = item.RequiredText("label");
        var ruleIds = new List<string>();
        var known = rules.Select(r => r.Id).ToList();
        foreach (var (ruleId, line) in item.OptionalTextList("rules"))
        {
            if (!known.Contains(ruleId))
            {
                Errors.Add(filePath, line,
                    $"option '{id}' names unknown rule '{ruleId}'{Suggestions.DidYouMean(ruleId, known)}; rules are defined in recommendations.md");
            }
            else if (ruleIds.Contains(ruleId))
            {
                Errors.Add(filePath, line, $"option '{id}' names rule '{ruleId}' twice");
            }
            else
            {
                ruleIds.Add(ruleId);
                namedRuleIds.Add(ruleId);
            }
        }

        item.ReportUnknownKeys();
        if (id is null || label is null)
        {
            return null;
        }

        if (!Slug.IsValid(id))
        {
            Errors.Add(filePath, item.LineOf("id"), $"option id '{id}' must be lower-case words joined by hyphens; it appears in shared links");
        }
        else if (!optionLines.TryAdd(id, item.LineOf("id")))
        {
            Errors.Add(filePath, item.LineOf("id"), $"question '{questionId}' has two options with id '{id}' (first on line {optionLines[id]})");
        }

        return new AnswerOption(id, label, ruleIds);
    }
}
