using Dapper;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;

using Microsoft.Data.Sqlite;

namespace FrameworkAdvisor.Store;

/// <summary>
/// One reading of the content database: the pages of the site, every query parameterised. All queries of one
/// instance go through one connection, opened at the first, and a connection keeps the file it opened even when an
/// import swaps a new one in; so everything one request reads comes from one content version and a page never
/// mixes two. The site makes one per request; anything that outlives a request makes its own and disposes it.
/// </summary>
public sealed class ComparisonStore(ContentDatabase database) : IDisposable
{
    private SqliteConnection? _connection;

    private const string ComparisonColumns = "slug AS Slug, title AS Title, summary AS Summary, updated AS UpdatedIso, " +
        "EXISTS (SELECT 1 FROM questionnaire q WHERE q.comparison_id = comparison.id) AS HasChooser";
    private const string FrameworkColumns = "f.slug AS Slug, f.title AS Title, f.summary AS Summary, f.colour AS Colour, f.colour_dark AS ColourDark";
    private const string AspectColumns =
        "a.slug AS Slug, a.title AS Title, a.summary AS Summary, a.in_article_table AS InArticleTable, a.leans AS Leans, a.lean_note_html AS LeanNoteHtml";

    /// <summary>Every framework's take on every aspect, with the comparison each belongs to.</summary>
    private const string TakesOfComparison = """
        FROM aspect_take t
        JOIN aspect a ON a.id = t.aspect_id
        JOIN framework f ON f.id = t.framework_id
        JOIN comparison c ON c.id = a.comparison_id
        """;

    public IReadOnlyList<ComparisonListItem> ListComparisons()
    {
        var connection = Connection;
        var comparisons = connection.Query<ComparisonSummary>($"SELECT {ComparisonColumns} FROM comparison ORDER BY weight, title").ToList();
        return [.. comparisons.Select(c => new ComparisonListItem(
            c,
            FrameworksOf(connection, c.Slug),
            connection.ExecuteScalar<int>("SELECT count(*) FROM aspect a JOIN comparison c ON c.id = a.comparison_id WHERE c.slug = @Slug", new { c.Slug })))];
    }

    public ComparisonContext? FindComparison(string slug)
    {
        var connection = Connection;
        var comparison = connection.QuerySingleOrDefault<ComparisonSummary>($"SELECT {ComparisonColumns} FROM comparison WHERE slug = @Slug", new { Slug = slug });
        return comparison is null ? null : new ComparisonContext(comparison, FrameworksOf(connection, slug));
    }

    public ComparisonTable GetTable(ComparisonContext context)
    {
        var connection = Connection;
        var overview = connection.ExecuteScalar<string>("SELECT overview_html FROM comparison WHERE slug = @Slug", new { context.Slug }) ?? "";
        var aspects = AspectsOf(connection, context.Slug);
        var cells = connection.Query<(string AspectSlug, string FrameworkSlug, string CellHtml)>(
            $"""
            SELECT a.slug, f.slug, t.cell_html
            {TakesOfComparison}
            WHERE c.slug = @Slug
            """,
            new { context.Slug }).ToDictionary(c => (c.AspectSlug, c.FrameworkSlug), c => c.CellHtml);
        var rows = aspects.Select(a => new TableRow(a, [.. context.Frameworks.Select(f => cells.GetValueOrDefault((a.Slug, f.Slug), ""))])).ToList();
        return new ComparisonTable(context, overview, rows);
    }

    public FrameworkDetail? FindFramework(ComparisonContext context, string slug)
    {
        if (context.Framework(slug) is not { } framework)
        {
            return null;
        }

        var connection = Connection;
        var parameters = new { Comparison = context.Slug, Framework = slug };
        var intro = connection.ExecuteScalar<string>(
            "SELECT f.intro_html FROM framework f JOIN comparison c ON c.id = f.comparison_id WHERE c.slug = @Comparison AND f.slug = @Framework",
            parameters) ?? "";
        var sections = connection.Query<PageSection>(
            """
            SELECT s.anchor AS Anchor, s.heading AS Heading, s.body_html AS BodyHtml
            FROM framework_section s JOIN framework f ON f.id = s.framework_id JOIN comparison c ON c.id = f.comparison_id
            WHERE c.slug = @Comparison AND f.slug = @Framework
            ORDER BY s.position
            """,
            parameters).ToList();
        var atAGlance = connection.Query<AspectSummary, string, AspectCell>(
            $"""
            SELECT {AspectColumns}, t.cell_html AS CellHtml
            {TakesOfComparison}
            WHERE c.slug = @Comparison AND f.slug = @Framework
            ORDER BY a.position
            """,
            (aspect, cell) => new AspectCell(aspect, cell),
            parameters,
            splitOn: "CellHtml").ToList();
        var rules = RulesOf(connection, context.Slug).Where(r => r.Favours == slug).ToList();
        return new FrameworkDetail(context, framework, intro, sections, atAGlance, rules);
    }

    public AspectDetail? FindAspect(ComparisonContext context, string slug)
    {
        var connection = Connection;
        var aspects = AspectsOf(connection, context.Slug);
        var index = aspects.FindIndex(a => a.Slug == slug);
        if (index < 0)
        {
            return null;
        }

        var intro = connection.ExecuteScalar<string>(
            "SELECT a.intro_html FROM aspect a JOIN comparison c ON c.id = a.comparison_id WHERE c.slug = @Comparison AND a.slug = @Aspect",
            new { Comparison = context.Slug, Aspect = slug }) ?? "";
        var takes = connection.Query<(string FrameworkSlug, string CellHtml, string BodyHtml)>(
            $"""
            SELECT f.slug, t.cell_html, t.body_html
            {TakesOfComparison}
            WHERE c.slug = @Comparison AND a.slug = @Aspect
            ORDER BY f.position
            """,
            new { Comparison = context.Slug, Aspect = slug })
            .Select(t => new AspectTakeDetail(context.Framework(t.FrameworkSlug)!, t.CellHtml, t.BodyHtml))
            .ToList();
        var aspectPath = SitePaths.Aspect(context.Slug, slug);
        var rulesCitingIt = RulesOf(connection, context.Slug)
            .Where(r => r.Cites == aspectPath || r.Cites.StartsWith(aspectPath + "#", StringComparison.Ordinal))
            .ToList();
        return new AspectDetail(
            context,
            aspects[index],
            intro,
            takes,
            index > 0 ? aspects[index - 1] : null,
            index < aspects.Count - 1 ? aspects[index + 1] : null,
            rulesCitingIt);
    }

    public FaqDetail GetFaq(ComparisonContext context)
    {
        var connection = Connection;
        var entries = connection.Query<FaqItem>(
            """
            SELECT e.anchor AS Anchor, e.question AS Question, e.answer_html AS AnswerHtml, e.answer_text AS AnswerText
            FROM faq_entry e JOIN comparison c ON c.id = e.comparison_id
            WHERE c.slug = @Slug ORDER BY e.position
            """,
            new { context.Slug }).ToList();
        return new FaqDetail(TextPage(connection, context, PageKind.Faq), entries);
    }

    public RecommendationsDetail GetRecommendations(ComparisonContext context)
    {
        var connection = Connection;
        return new RecommendationsDetail(TextPage(connection, context, PageKind.Recommendations), RulesOf(connection, context.Slug));
    }

    /// <summary>
    /// The comparison's chooser, nested as the engine scores it and the pages show it (groups, questions, options
    /// with the rules they trigger, rules with their details), or null when the comparison has no questionnaire.
    /// </summary>
    public ChooserModel? FindChooser(ComparisonContext context)
    {
        var connection = Connection;
        return QuestionnaireReading.Read(connection, context.Slug) is { } questionnaire
            ? new ChooserModel(context.Frameworks, questionnaire, RulesOf(connection, context.Slug))
            : null;
    }

    public SourcesDetail GetSources(ComparisonContext context)
    {
        var connection = Connection;
        var notes = connection.Query<EditorNoteItem>(
            """
            SELECT n.page_path AS PagePath, n.page_title AS PageTitle, n.anchor AS Anchor, n.note_html AS NoteHtml
            FROM editor_note n JOIN comparison c ON c.id = n.comparison_id
            WHERE c.slug = @Slug ORDER BY n.position
            """,
            new { context.Slug }).ToList();
        return new SourcesDetail(TextPage(connection, context, PageKind.Sources), notes, CurrentImport(connection));
    }

    public ImportInfo? CurrentImport()
    {
        var connection = Connection;
        return CurrentImport(connection);
    }

    /// <summary>
    /// Every page of the site with its title from content, in a stable order (each comparison's pages as its menu
    /// lists them), for the sitemap and for 404 suggestions.
    /// </summary>
    public IReadOnlyList<SitePage> ListPages()
    {
        var connection = Connection;
        var pages = new List<SitePage> { new(SitePaths.Home, PageKind.Home.MenuLabel, null) };
        foreach (var comparison in connection.Query<ComparisonSummary>($"SELECT {ComparisonColumns} FROM comparison ORDER BY weight, title"))
        {
            var slug = comparison.Slug;
            var updated = comparison.Updated;
            var titles = connection.Query<(string Kind, string Title)>(
                """
                SELECT p.kind, p.title FROM text_page p JOIN comparison c ON c.id = p.comparison_id WHERE c.slug = @Slug
                UNION ALL
                SELECT @Questionnaire, q.title FROM questionnaire q JOIN comparison c ON c.id = q.comparison_id WHERE c.slug = @Slug
                """,
                new { Slug = slug, Questionnaire = PageKind.Questionnaire.Name }).ToDictionary(t => t.Kind, t => t.Title, StringComparer.Ordinal);
            titles[PageKind.Comparison.Name] = comparison.Title;
            foreach (var kind in PageKind.ComparisonMenu.Where(kind => titles.ContainsKey(kind.Name)))
            {
                pages.Add(new SitePage(kind.PathIn(slug), titles[kind.Name], updated));
                if (kind == PageKind.Comparison)
                {
                    pages.AddRange(FrameworksOf(connection, slug).Select(f => new SitePage(SitePaths.Framework(slug, f.Slug), f.Title, updated)));
                    pages.AddRange(AspectsOf(connection, slug).Select(a => new SitePage(SitePaths.Aspect(slug, a.Slug), a.Title, updated)));
                }
            }
        }

        return pages;
    }

    public void Dispose() => _connection?.Dispose();

    private SqliteConnection Connection => _connection ??= database.OpenReadOnly();

    private static ImportInfo? CurrentImport(SqliteConnection connection) =>
        connection.QuerySingleOrDefault<ImportInfo>(
            "SELECT version AS Version, imported_at AS ImportedAt, file_count AS FileCount, comparisons AS Comparisons, duration_ms AS DurationMs FROM content_import");

    private static List<Framework> FrameworksOf(SqliteConnection connection, string comparisonSlug) =>
        [.. connection.Query<Framework>(
            $"SELECT {FrameworkColumns} FROM framework f JOIN comparison c ON c.id = f.comparison_id WHERE c.slug = @Slug ORDER BY f.position",
            new { Slug = comparisonSlug })];

    private static List<AspectSummary> AspectsOf(SqliteConnection connection, string comparisonSlug) =>
        [.. connection.Query<AspectSummary>(
            $"SELECT {AspectColumns} FROM aspect a JOIN comparison c ON c.id = a.comparison_id WHERE c.slug = @Slug ORDER BY a.position",
            new { Slug = comparisonSlug })];

    /// <summary>The comparison's rules in authored order, each with the title of the aspect page it cites, if any.</summary>
    private static List<Rule> RulesOf(SqliteConnection connection, string comparisonSlug)
    {
        var aspectTitles = AspectsOf(connection, comparisonSlug).ToDictionary(a => SitePaths.Aspect(comparisonSlug, a.Slug), a => a.Title, StringComparer.Ordinal);
        return [.. connection.Query<RuleRow>(
                """
                SELECT r.rule_id AS Id, r.favours_slug AS Favours, r.points AS Points, r.is_tie_break AS IsTieBreak, r.cites AS Cites,
                       r.when_text AS WhenText, r.when_html AS WhenHtml, r.article_reference AS ArticleReference, r.editor_note_html AS EditorNoteHtml,
                       r.editor_note_markdown AS EditorNoteMarkdown
                FROM recommendation_rule r JOIN comparison c ON c.id = r.comparison_id
                WHERE c.slug = @Slug ORDER BY r.position
                """,
                new { Slug = comparisonSlug })
            .Select(row => row.ToRule(aspectTitles))];
    }

    private static TextPageDetail TextPage(SqliteConnection connection, ComparisonContext context, PageKind kind)
    {
        var page = connection.QuerySingle<(string Title, string Summary, string BodyHtml)>(
            "SELECT p.title, p.summary, p.body_html FROM text_page p JOIN comparison c ON c.id = p.comparison_id WHERE c.slug = @Slug AND p.kind = @Kind",
            new { context.Slug, Kind = kind.Name });
        return new TextPageDetail(context, page.Title, page.Summary, page.BodyHtml);
    }
}
