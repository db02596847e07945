using System.Globalization;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Store;

// Flat rows are classes with init-only properties so Dapper can fill them from SQLite's loosely typed columns
// (INTEGER arrives as Int64 and becomes int or bool here). Pages are composed from them as records.

public sealed class ComparisonSummary
{
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public DateOnly Updated { get; private init; }

    /// <summary>
    /// Dapper fills this from the ISO date column (SELECT updated AS UpdatedIso). Parsing here, rather than through a
    /// Dapper type handler, keeps Dapper's process-wide settings untouched.
    /// </summary>
    private string UpdatedIso { init => Updated = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture); }

    /// <summary>Whether the comparison has a "which should I choose?" questionnaire.</summary>
    public bool HasChooser { get; init; }
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

public sealed class FaqItem
{
    public string Anchor { get; init; } = "";
    public string Question { get; init; } = "";
    public string AnswerHtml { get; init; } = "";
    public string AnswerText { get; init; } = "";
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
public sealed record ComparisonContext(ComparisonSummary Comparison, IReadOnlyList<Framework> Frameworks)
{
    public string Slug => Comparison.Slug;

    public Framework? Framework(string slug) => Frameworks.FirstOrDefault(f => f.Slug == slug);
}

public sealed record ComparisonListItem(ComparisonSummary Comparison, IReadOnlyList<Framework> Frameworks, int AspectCount);

/// <summary>One row of the comparison table: an aspect and its cells, in the same order as the frameworks.</summary>
public sealed record TableRow(AspectSummary Aspect, IReadOnlyList<string> CellsHtml);

public sealed record ComparisonTable(ComparisonContext Context, string OverviewHtml, IReadOnlyList<TableRow> Rows);

public sealed record AspectCell(AspectSummary Aspect, string CellHtml);

public sealed record FrameworkDetail(
    ComparisonContext Context,
    Framework Framework,
    string IntroHtml,
    IReadOnlyList<PageSection> Sections,
    IReadOnlyList<AspectCell> AtAGlance,
    IReadOnlyList<Rule> RecommendedWhen);

public sealed record AspectTakeDetail(Framework Framework, string CellHtml, string BodyHtml);

public sealed record AspectDetail(
    ComparisonContext Context,
    AspectSummary Aspect,
    string IntroHtml,
    IReadOnlyList<AspectTakeDetail> Takes,
    AspectSummary? Previous,
    AspectSummary? Next,
    IReadOnlyList<Rule> RulesCitingIt);

public sealed record TextPageDetail(ComparisonContext Context, string Title, string Summary, string BodyHtml);

public sealed record FaqDetail(TextPageDetail Page, IReadOnlyList<FaqItem> Entries);

public sealed record RecommendationsDetail(TextPageDetail Page, IReadOnlyList<Rule> Rules);

public sealed record SourcesDetail(TextPageDetail Page, IReadOnlyList<EditorNoteItem> EditorNotes, ImportInfo? Import);

/// <summary>A page the site serves, for the sitemap and for "did you mean" on a 404.</summary>
public sealed record SitePage(string Path, string Title, DateOnly? LastModified);
