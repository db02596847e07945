using FrameworkAdvisor.Recommendations;

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
    IReadOnlyList<FrameworkPage> Frameworks,
    IReadOnlyList<Aspect> Aspects,
    FaqPage Faq,
    RecommendationsPage Recommendations,
    TextPage Sources,
    Questionnaire? Questionnaire,
    IReadOnlyList<EditorNote> EditorNotes,
    IReadOnlyList<SearchSection> SearchSections);

/// <summary>
/// One framework's page: its identity, its place among the columns (<see cref="Weight"/>), its body, and the colour
/// that stands for it everywhere (tables, bars, cards), one per theme. The body is the text before its first '##'
/// heading, then one section per '##' heading, so the page can list them in its contents and fold each.
/// </summary>
public sealed record FrameworkPage(
    string Slug, string Title, string Summary, int Weight, string IntroHtml, IReadOnlyList<PageSection> Sections, string Colour, string ColourDark);

/// <summary>
/// A part of a page under a '##' heading: the heading's id (the anchor that links and search hits use), its plain text,
/// and the HTML under it, '###' headings included.
/// </summary>
public sealed record PageSection(string Anchor, string Heading, string BodyHtml);

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

/// <summary>One question of the FAQ; <see cref="AnswerText"/> is the answer as plain text, for structured data.</summary>
public sealed record FaqEntry(string Anchor, string Question, string AnswerHtml, string AnswerText);

/// <summary>The rules page; the rules themselves are the chooser's model (<see cref="Rule"/>), one shape everywhere.</summary>
public sealed record RecommendationsPage(string Title, string Summary, string IntroHtml, IReadOnlyList<Rule> Rules);

public sealed record TextPage(string Title, string Summary, string BodyHtml);

/// <summary>A place where we flag that the article is wrong or contradicts itself.</summary>
public sealed record EditorNote(string PagePath, string PageTitle, string Anchor, string Html);

/// <summary>
/// One place a search can lead to: a page (<see cref="Anchor"/> empty, <see cref="Heading"/> its title) or a part of
/// it at the anchor the page gives that part, with the part's plain text. <see cref="Keywords"/> are the words an
/// author gave the page for search (front matter 'keywords'), kept on the page's own place only.
/// </summary>
public sealed record SearchSection(string Path, string PageTitle, string Anchor, string Heading, string Text, SearchPlace Place, IReadOnlyList<string> Keywords);

/// <summary>What kind of place a search hit is, which decides which hits come first when their titles match.</summary>
public enum SearchPlace
{
    /// <summary>The top of a page: its title, summary and opening text.</summary>
    Page,

    /// <summary>A part of a page under a heading of its own, such as a framework's section or a FAQ question.</summary>
    Heading,

    /// <summary>An item a page lists, titled by its own sentence: a rule or a question of the chooser.</summary>
    Item,

    /// <summary>An editor's note.</summary>
    EditorNote,
}

/// <summary>Lean value for an aspect on which the article explicitly calls it even.</summary>
public static class Leaning
{
    public const string Balanced = "balanced";
}
