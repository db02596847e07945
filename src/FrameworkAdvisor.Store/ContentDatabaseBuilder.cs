using System.Diagnostics;
using Dapper;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store.Search;
using Microsoft.Data.Sqlite;

namespace FrameworkAdvisor.Store;

/// <summary>Writes a <see cref="ContentSet"/> into a brand-new SQLite file, then swaps it in.</summary>
public sealed class ContentDatabaseBuilder(ContentDatabase database, TimeProvider clock)
{
    /// <summary>Builds the database next to the live one (same file system, so the swap is a rename).</summary>
    public ImportSummary Build(ContentSet content)
    {
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.GetDirectoryName(database.DatabasePath)!);
        var buildingPath = $"{database.DatabasePath}.building-{Guid.NewGuid():N}";
        var importedAt = clock.GetUtcNow();
        try
        {
            WriteAll(buildingPath, content, importedAt, stopwatch);
            database.SwapIn(buildingPath, content.Version, importedAt);
        }
        finally
        {
            File.Delete(buildingPath);
        }

        return new ImportSummary(
            content.Version,
            importedAt,
            content.FileCount,
            content.Comparisons.Count,
            content.Comparisons.Sum(c => c.Aspects.Count),
            content.Comparisons.Sum(c => c.Recommendations.Rules.Count),
            content.Comparisons.Sum(c => c.Questionnaire?.Groups.Sum(g => g.Questions.Count) ?? 0),
            stopwatch.Elapsed,
            content.SkippedDrafts);
    }

    private static void WriteAll(string path, ContentSet content, DateTimeOffset importedAt, Stopwatch stopwatch)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();

        // No journal and no fsync while building: nobody reads this file until it is complete and renamed into place,
        // and if the machine fails midway the file is simply rebuilt from content/ at the next start.
        connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        connection.Execute(Schema.Value);

        using var transaction = connection.BeginTransaction();
        foreach (var comparison in content.Comparisons)
        {
            WriteComparison(connection, transaction, comparison);
        }

        SearchIndexWriter.Write(connection, transaction, content);

        connection.Execute(
            """
            INSERT INTO content_import (version, imported_at, file_count, comparisons, duration_ms)
            VALUES (@Version, @ImportedAt, @FileCount, @Comparisons, @DurationMs)
            """,
            new
            {
                content.Version,
                ImportedAt = importedAt.ToString("O"),
                content.FileCount,
                Comparisons = content.Comparisons.Count,
                DurationMs = (long)stopwatch.Elapsed.TotalMilliseconds,
            },
            transaction);
        transaction.Commit();
    }

    private static void WriteComparison(SqliteConnection connection, SqliteTransaction transaction, Comparison comparison)
    {
        var comparisonId = connection.ExecuteScalar<long>(
            """
            INSERT INTO comparison (slug, title, summary, updated, weight, overview_html)
            VALUES (@Slug, @Title, @Summary, @Updated, @Weight, @OverviewHtml)
            RETURNING id
            """,
            new { comparison.Slug, comparison.Title, comparison.Summary, Updated = comparison.Updated.ToString("yyyy-MM-dd"), comparison.Weight, comparison.OverviewHtml },
            transaction);

        var frameworkIds = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (framework, position) in comparison.Frameworks.Select((f, i) => (f, i)))
        {
            frameworkIds[framework.Slug] = connection.ExecuteScalar<long>(
                """
                INSERT INTO framework (comparison_id, slug, title, summary, position, intro_html, colour, colour_dark)
                VALUES (@ComparisonId, @Slug, @Title, @Summary, @Position, @IntroHtml, @Colour, @ColourDark)
                RETURNING id
                """,
                new { ComparisonId = comparisonId, framework.Slug, framework.Title, framework.Summary, Position = position, framework.IntroHtml, framework.Colour, framework.ColourDark },
                transaction);
            connection.Execute(
                "INSERT INTO framework_section (framework_id, position, anchor, heading, body_html) VALUES (@FrameworkId, @Position, @Anchor, @Heading, @BodyHtml)",
                framework.Sections.Select((s, i) => new { FrameworkId = frameworkIds[framework.Slug], Position = i, s.Anchor, s.Heading, s.BodyHtml }),
                transaction);
        }

        foreach (var (aspect, position) in comparison.Aspects.Select((a, i) => (a, i)))
        {
            var aspectId = connection.ExecuteScalar<long>(
                """
                INSERT INTO aspect (comparison_id, slug, title, summary, position, in_article_table, leans, lean_note_html, intro_html)
                VALUES (@ComparisonId, @Slug, @Title, @Summary, @Position, @InArticleTable, @Leans, @LeanNoteHtml, @IntroHtml)
                RETURNING id
                """,
                new { ComparisonId = comparisonId, aspect.Slug, aspect.Title, aspect.Summary, Position = position, aspect.InArticleTable, aspect.Leans, aspect.LeanNoteHtml, aspect.IntroHtml },
                transaction);
            connection.Execute(
                "INSERT INTO aspect_take (aspect_id, framework_id, cell_html, body_html) VALUES (@AspectId, @FrameworkId, @CellHtml, @BodyHtml)",
                aspect.Takes.Select(t => new { AspectId = aspectId, FrameworkId = frameworkIds[t.FrameworkSlug], t.CellHtml, t.BodyHtml }),
                transaction);
        }

        connection.Execute(
            "INSERT INTO text_page (comparison_id, kind, title, summary, body_html) VALUES (@ComparisonId, @Kind, @Title, @Summary, @BodyHtml)",
            new[]
            {
                new { ComparisonId = comparisonId, Kind = PageKind.Faq.Name, comparison.Faq.Title, comparison.Faq.Summary, BodyHtml = comparison.Faq.IntroHtml },
                new { ComparisonId = comparisonId, Kind = PageKind.Recommendations.Name, comparison.Recommendations.Title, comparison.Recommendations.Summary, BodyHtml = comparison.Recommendations.IntroHtml },
                new { ComparisonId = comparisonId, Kind = PageKind.Sources.Name, comparison.Sources.Title, comparison.Sources.Summary, comparison.Sources.BodyHtml },
            },
            transaction);

        connection.Execute(
            "INSERT INTO faq_entry (comparison_id, position, anchor, question, answer_html, answer_text) VALUES (@ComparisonId, @Position, @Anchor, @Question, @AnswerHtml, @AnswerText)",
            comparison.Faq.Entries.Select((e, i) => new { ComparisonId = comparisonId, Position = i, e.Anchor, e.Question, e.AnswerHtml, e.AnswerText }),
            transaction);

        connection.Execute(
            """
            INSERT INTO recommendation_rule (comparison_id, rule_id, position, favours_slug, when_html, when_text, cites, article_reference, editor_note_html, editor_note_markdown, points, is_tie_break)
            VALUES (@ComparisonId, @Id, @Position, @Favours, @WhenHtml, @WhenText, @Cites, @ArticleReference, @EditorNoteHtml, @EditorNoteMarkdown, @Points, @IsTieBreak)
            """,
            comparison.Recommendations.Rules.Select((r, i) => new { ComparisonId = comparisonId, r.Id, Position = i, r.Favours, r.WhenHtml, r.WhenText, r.Cites, r.ArticleReference, r.EditorNoteHtml, r.EditorNoteMarkdown, r.Points, r.IsTieBreak }),
            transaction);

        if (comparison.Questionnaire is { } questionnaire)
        {
            WriteQuestionnaire(connection, transaction, comparisonId, questionnaire);
        }

        connection.Execute(
            "INSERT INTO editor_note (comparison_id, position, page_path, page_title, anchor, note_html) VALUES (@ComparisonId, @Position, @PagePath, @PageTitle, @Anchor, @Html)",
            comparison.EditorNotes.Select((n, i) => new { ComparisonId = comparisonId, Position = i, n.PagePath, n.PageTitle, n.Anchor, n.Html }),
            transaction);
    }

    private static void WriteQuestionnaire(SqliteConnection connection, SqliteTransaction transaction, long comparisonId, Questionnaire questionnaire)
    {
        connection.Execute(
            "INSERT INTO questionnaire (comparison_id, title, summary, intro_html) VALUES (@ComparisonId, @Title, @Summary, @IntroHtml)",
            new { ComparisonId = comparisonId, questionnaire.Title, questionnaire.Summary, questionnaire.IntroHtml },
            transaction);

        var questions = questionnaire.Groups
            .SelectMany((group, groupPosition) => group.Questions.Select(question => (Group: group, GroupPosition: groupPosition, Question: question)))
            .Select((q, position) => (q.Group, q.GroupPosition, q.Question, Position: position))
            .ToList();
        connection.Execute(
            """
            INSERT INTO question (comparison_id, question_id, position, group_position, group_title, text, why)
            VALUES (@ComparisonId, @Id, @Position, @GroupPosition, @GroupTitle, @Text, @Why)
            """,
            questions.Select(q => new { ComparisonId = comparisonId, q.Question.Id, q.Position, q.GroupPosition, GroupTitle = q.Group.Title, q.Question.Text, q.Question.Why }),
            transaction);

        var options = questions.SelectMany(q => q.Question.Options.Select((option, position) => (q.Question, Option: option, Position: position))).ToList();
        connection.Execute(
            "INSERT INTO answer_option (comparison_id, question_id, option_id, position, label) VALUES (@ComparisonId, @QuestionId, @OptionId, @Position, @Label)",
            options.Select(o => new { ComparisonId = comparisonId, QuestionId = o.Question.Id, OptionId = o.Option.Id, o.Position, o.Option.Label }),
            transaction);
        connection.Execute(
            "INSERT INTO option_rule (comparison_id, question_id, option_id, position, rule_id) VALUES (@ComparisonId, @QuestionId, @OptionId, @Position, @RuleId)",
            options.SelectMany(o => o.Option.RuleIds.Select((ruleId, position) =>
                new { ComparisonId = comparisonId, QuestionId = o.Question.Id, OptionId = o.Option.Id, Position = position, RuleId = ruleId })),
            transaction);
    }

    /// <summary>The schema ships inside the assembly, so a built database never depends on the working directory.</summary>
    private static readonly Lazy<string> Schema = new(() =>
    {
        using var stream = typeof(ContentDatabaseBuilder).Assembly.GetManifestResourceStream("Schema/content.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}

/// <summary>What one import did, for the log and for health checks.</summary>
public sealed record ImportSummary(
    string Version,
    DateTimeOffset ImportedAt,
    int FileCount,
    int Comparisons,
    int Aspects,
    int RecommendationRules,
    int Questions,
    TimeSpan Duration,
    IReadOnlyList<string> SkippedDrafts);
