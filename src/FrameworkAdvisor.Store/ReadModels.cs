namespace FrameworkAdvisor.Store;

// Flat rows are classes with init-only properties so Dapper can fill them from SQLite's loosely typed columns
// (INTEGER arrives as Int64 and becomes int or bool here). Pages are composed from them as records.

public sealed class ComparisonSummary
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public DateOnly Updated { get; init; }

    /// <summary>Whether the comparison has a "which should I choose?" questionnaire.</summary>
    public bool HasChooser { get; init; }
}

public sealed class FrameworkSummary
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
}

public sealed class AspectSummary
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public bool InArticleTable { get; init; }

    /// <summary>A framework slug, 'balanced', or null where the article takes no side.</summary>
    public string? Leans { get; init; }

    public string? LeanNoteHtml { get; init; }
}

public sealed class RuleSummary
{
    public string RuleId { get; init; } = "";
    public string FavoursSlug { get; init; } = "";
    public string WhenHtml { get; init; } = "";
    public string Cites { get; init; } = "";
    public string ArticleReference { get; init; } = "";
    public string? EditorNoteHtml { get; init; }
    public string WhenText { get; init; } = "";
    public int Points { get; init; }
    public bool IsTieBreak { get; init; }
}

public sealed class QuestionRow
{
    public string QuestionId { get; init; } = "";
    public string GroupTitle { get; init; } = "";
    public int GroupPosition { get; init; }
    public string Text { get; init; } = "";
    public string Why { get; init; } = "";
}

public sealed class OptionRow
{
    public string QuestionId { get; init; } = "";
    public string OptionId { get; init; } = "";
    public string Label { get; init; } = "";
}

public sealed class OptionRuleRow
{
    public string QuestionId { get; init; } = "";
    public string OptionId { get; init; } = "";
    public string RuleId { get; init; } = "";
}

public sealed class FaqItem
{
    public string Anchor { get; init; } = "";
    public string Question { get; init; } = "";
    public string AnswerHtml { get; init; } = "";
}

public sealed class EditorNoteItem
{
    public string PagePath { get; init; } = "";
    public string PageTitle { get; init; } = "";
    public string Anchor { get; init; } = "";
    public string NoteHtml { get; init; } = "";
}

public sealed class ImportInfo
{
    public string Version { get; init; } = "";
    public string ImportedAt { get; init; } = "";
    public int FileCount { get; init; }
    public int Comparisons { get; init; }
    public long DurationMs { get; init; }
}

/// <summary>What every page of a comparison needs: its identity and its frameworks in column order.</summary>
public sealed record ComparisonContext(ComparisonSummary Comparison, IReadOnlyList<FrameworkSummary> Frameworks)
{
    public string Slug => Comparison.Slug;

    public FrameworkSummary? Framework(string slug) => Frameworks.FirstOrDefault(f => f.Slug == slug);
}

public sealed record ComparisonListItem(ComparisonSummary Comparison, IReadOnlyList<FrameworkSummary> Frameworks, int AspectCount);

/// <summary>One row of the comparison table: an aspect and its cells, in the same order as the frameworks.</summary>
public sealed record TableRow(AspectSummary Aspect, IReadOnlyList<string> CellsHtml);

public sealed record ComparisonTable(ComparisonContext Context, string OverviewHtml, IReadOnlyList<TableRow> Rows);

public sealed record AspectCell(AspectSummary Aspect, string CellHtml);

public sealed record FrameworkDetail(
    ComparisonContext Context, FrameworkSummary Framework, string BodyHtml, IReadOnlyList<AspectCell> AtAGlance, IReadOnlyList<RuleSummary> RecommendedWhen);

public sealed record AspectTakeDetail(FrameworkSummary Framework, string CellHtml, string BodyHtml);

public sealed record AspectDetail(
    ComparisonContext Context,
    AspectSummary Aspect,
    string IntroHtml,
    IReadOnlyList<AspectTakeDetail> Takes,
    AspectSummary? Previous,
    AspectSummary? Next,
    IReadOnlyList<RuleSummary> RulesCitingIt);

public sealed record TextPageDetail(ComparisonContext Context, string Title, string Summary, string BodyHtml);

public sealed record FaqDetail(TextPageDetail Page, IReadOnlyList<FaqItem> Entries);

public sealed record RecommendationsDetail(TextPageDetail Page, IReadOnlyList<RuleSummary> Rules);

public sealed record SourcesDetail(TextPageDetail Page, IReadOnlyList<EditorNoteItem> EditorNotes, ImportInfo? Import);

/// <summary>A page the site serves, for the sitemap and for "did you mean" on a 404.</summary>
public sealed record SitePage(string Path, string Title, DateOnly? LastModified);

/// <summary>
/// One comparison's chooser, flat as stored: questions in page order, options in question order, the rules each
/// option triggers, and every rule with its weight. The web layer turns this into the scoring engine's model.
/// </summary>
public sealed record ChooserDefinition(
    ComparisonContext Context,
    string Title,
    string Summary,
    string IntroHtml,
    IReadOnlyList<QuestionRow> Questions,
    IReadOnlyList<OptionRow> Options,
    IReadOnlyList<OptionRuleRow> OptionRules,
    IReadOnlyList<RuleSummary> Rules,
    IReadOnlyList<AspectSummary> Aspects);
