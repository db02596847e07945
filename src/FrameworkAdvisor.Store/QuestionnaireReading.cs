using Dapper;
using FrameworkAdvisor.Recommendations;
using Microsoft.Data.Sqlite;

namespace FrameworkAdvisor.Store;

/// <summary>
/// Reads a questionnaire's flat rows and nests them as the model the engine and pages use: groups → questions →
/// options with the rules they trigger. The rows exist only here; nothing outside the store sees them.
/// </summary>
internal static class QuestionnaireReading
{
    public static Questionnaire? Read(SqliteConnection connection, string comparisonSlug)
    {
        var page = connection.QuerySingleOrDefault<(string Title, string Summary, string IntroHtml)?>(
            "SELECT q.title, q.summary, q.intro_html FROM questionnaire q JOIN comparison c ON c.id = q.comparison_id WHERE c.slug = @Slug",
            new { Slug = comparisonSlug });
        if (page is not { } questionnaire)
        {
            return null;
        }

        var questions = connection.Query<(string QuestionId, string GroupTitle, long GroupPosition, string Text, string Why)>(
            """
            SELECT q.question_id, q.group_title, q.group_position, q.text, q.why
            FROM question q JOIN comparison c ON c.id = q.comparison_id
            WHERE c.slug = @Slug ORDER BY q.position
            """,
            new { Slug = comparisonSlug }).ToList();
        var options = connection.Query<(string QuestionId, string OptionId, string Label)>(
            """
            SELECT o.question_id, o.option_id, o.label
            FROM answer_option o JOIN comparison c ON c.id = o.comparison_id
            WHERE c.slug = @Slug ORDER BY o.question_id, o.position
            """,
            new { Slug = comparisonSlug }).ToLookup(o => o.QuestionId);
        var rulesOfOption = connection.Query<(string QuestionId, string OptionId, string RuleId)>(
            """
            SELECT r.question_id, r.option_id, r.rule_id
            FROM option_rule r JOIN comparison c ON c.id = r.comparison_id
            WHERE c.slug = @Slug ORDER BY r.question_id, r.option_id, r.position
            """,
            new { Slug = comparisonSlug }).ToLookup(r => (r.QuestionId, r.OptionId), r => r.RuleId);

        var groups = questions
            .GroupBy(q => (q.GroupPosition, q.GroupTitle))
            .Select(group => new QuestionGroup(group.Key.GroupTitle, [.. group.Select(q => new Question(q.QuestionId, q.Text, q.Why,
                [.. options[q.QuestionId].Select(o => new AnswerOption(o.OptionId, o.Label, [.. rulesOfOption[(o.QuestionId, o.OptionId)]]))]))]))
            .ToList();
        return new Questionnaire(questionnaire.Title, questionnaire.Summary, questionnaire.IntroHtml, groups);
    }
}

/// <summary>One row of recommendation_rule, as Dapper fills it from SQLite's loosely typed columns.</summary>
internal sealed class RuleRow
{
    public string Id { get; init; } = "";
    public string Favours { get; init; } = "";
    public int Points { get; init; }
    public bool IsTieBreak { get; init; }
    public string Cites { get; init; } = "";
    public string WhenText { get; init; } = "";
    public string WhenHtml { get; init; } = "";
    public string ArticleReference { get; init; } = "";
    public string? EditorNoteHtml { get; init; }
    public string? EditorNoteMarkdown { get; init; }

    public Rule ToRule(IReadOnlyDictionary<string, string> aspectTitles)
    {
        var rule = new Rule(Id, Favours, Points, IsTieBreak, Cites, WhenText)
        {
            WhenHtml = WhenHtml,
            ArticleReference = ArticleReference,
            EditorNoteHtml = EditorNoteHtml,
            EditorNoteMarkdown = EditorNoteMarkdown,
        };
        return rule with { CitedAspectTitle = aspectTitles.GetValueOrDefault(rule.CitedPath) };
    }
}
