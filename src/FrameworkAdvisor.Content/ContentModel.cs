namespace FrameworkAdvisor.Content;

/// <summary>
/// Everything loaded from a content folder, validated and rendered to HTML. <see cref="SkippedDrafts"/> lists the
/// files marked <c>draft: true</c>, relative to the content folder's parent, so the import can say what it left out.
/// </summary>
public sealed record ContentSet(IReadOnlyList<Comparison> Comparisons, string Version, int FileCount, IReadOnlyList<string> SkippedDrafts);

public sealed record Comparison(
    string Slug,
    string Title,
    string Summary,
    DateOnly Updated,
    int Weight,
    string OverviewHtml,
    IReadOnlyList<Framework> Frameworks,
    IReadOnlyList<Aspect> Aspects,
    FaqPage Faq,
    RecommendationsPage Recommendations,
    TextPage Sources,
    Questionnaire? Questionnaire,
    IReadOnlyList<EditorNote> EditorNotes);

public sealed record Framework(string Slug, string Title, string Summary, int Weight, string BodyHtml);

/// <summary>One compared aspect: a short table cell and a longer body per framework.</summary>
public sealed record Aspect(
    string Slug,
    string Title,
    string Summary,
    int Weight,
    bool InArticleTable,
    string? Leans,
    string? LeanNoteHtml,
    string IntroHtml,
    IReadOnlyList<AspectTake> Takes);

/// <summary>What one aspect says about one framework.</summary>
public sealed record AspectTake(string FrameworkSlug, string CellHtml, string BodyHtml);

public sealed record FaqPage(string Title, string Summary, string IntroHtml, IReadOnlyList<FaqEntry> Entries);

public sealed record FaqEntry(string Anchor, string Question, string AnswerHtml);

public sealed record RecommendationsPage(string Title, string Summary, string IntroHtml, IReadOnlyList<RecommendationRule> Rules);

/// <summary>
/// One of the article's recommendations. <see cref="Cites"/> is the site path and anchor where our pages state it;
/// <see cref="Id"/> is stable because questionnaires and shared links will refer to it.
/// <see cref="EditorNoteHtml"/> is a complete editor's-note block, anchored as editor-note-&lt;id&gt;.
/// <see cref="WhenText"/> is <see cref="WhenHtml"/> without markup, for the JSON API and page metadata.
/// <see cref="Points"/> is the rule's weight in the chooser; a tie-break rule also settles level scores.
/// </summary>
public sealed record RecommendationRule(
    string Id,
    string Favours,
    string WhenHtml,
    string WhenText,
    string Cites,
    string ArticleReference,
    string? EditorNoteHtml,
    int Points,
    bool IsTieBreak);

/// <summary>
/// The "which should I choose?" questionnaire of one comparison, as authored in questionnaire.md.
/// Questions and options are plain text; ids appear in shared links, so they must stay stable.
/// </summary>
public sealed record Questionnaire(string Title, string Summary, string IntroHtml, IReadOnlyList<QuestionGroup> Groups)
{
    public IEnumerable<QuestionDefinition> Questions => Groups.SelectMany(g => g.Questions);
}

public sealed record QuestionGroup(string Title, IReadOnlyList<QuestionDefinition> Questions);

/// <summary>One question; <see cref="Why"/> tells the visitor why it is asked.</summary>
public sealed record QuestionDefinition(string Id, string Text, string Why, IReadOnlyList<OptionDefinition> Options);

/// <summary>One answer; an option that names no rules is a neutral answer.</summary>
public sealed record OptionDefinition(string Id, string Label, IReadOnlyList<string> RuleIds);

public sealed record TextPage(string Title, string Summary, string BodyHtml);

/// <summary>A place where we flag that the article is wrong or contradicts itself.</summary>
public sealed record EditorNote(string PagePath, string PageTitle, string Anchor, string Html);

/// <summary>Lean value for an aspect on which the article explicitly calls it even.</summary>
public static class Leaning
{
    public const string Balanced = "balanced";
}
