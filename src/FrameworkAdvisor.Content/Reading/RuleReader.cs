using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Content;

/// <summary>
/// Reads recommendations.md: the article's rules, each favouring one framework and citing where our pages state it.
/// Needs the frameworks, since a rule must favour one of them.
/// </summary>
internal sealed class RuleReader(ReadingContext comparison)
{
    private ContentErrors Errors => comparison.Errors;

    public RecommendationsPage? Read(IReadOnlyList<FrameworkPage> frameworks)
    {
        if (comparison.Folder.RequiredFile("recommendations.md") is not { } file)
        {
            return null;
        }

        var path = SitePaths.Recommendations(comparison.Slug);
        var (title, summary, keywords) = file.Head();
        var rules = new List<Rule>();
        var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in file.FrontMatter.RequiredMappingList("rules"))
        {
            if (ReadRule(item, file.Path, path, frameworks, seenIds) is { } rule)
            {
                rules.Add(rule);
            }
        }

        file.FrontMatter.ReportUnknownKeys();
        var tieBreaks = rules.Where(r => r.IsTieBreak).ToList();
        if (tieBreaks.Count > 1)
        {
            Errors.Add(file.Path, file.FrontMatter.LineOf("rules"),
                $"only one rule may be the tie-break, but {string.Join(", ", tieBreaks.Select(r => r.Id))} all set 'tie_break: true'");
        }

        comparison.Pages.Register(path, PageKind.Recommendations, file);
        comparison.Pages.AddAnchors(path, rules.Select(r => r.Id));
        comparison.Pages.AddAnchors(path, rules.Where(r => r.EditorNoteHtml is not null).Select(r => PageAnchors.EditorNotePrefix + r.Id));
        var introHtml = comparison.Renderer.InspectAndRender(file, path, title, summary, keywords);
        foreach (var rule in rules)
        {
            // The rule as its page shows it: what it favours, where the article says so, and its note under its label.
            var favoured = frameworks.FirstOrDefault(f => f.Slug == rule.Favours)?.Title ?? rule.Favours;
            var note = rule.EditorNoteMarkdown is { } markdown ? $"{MarkdownRenderer.EditorNoteLabel} {comparison.Markdown.PlainText(markdown)}" : null;
            comparison.Renderer.IndexText(path, title, rule.Id, rule.WhenText, SearchPlace.Item, [$"Choose {favoured}.", rule.ArticleReference, note]);
        }

        return new RecommendationsPage(title, summary, introHtml, rules);
    }

    private Rule? ReadRule(
        FrontMatter item, string filePath, string path, IReadOnlyList<FrameworkPage> frameworks, Dictionary<string, int> seenIds)
    {
        var id = item.RequiredText("id");
        var favours = item.RequiredText("favours");
        var when = item.RequiredText("when");
        var cites = item.RequiredText("cites");
        var article = item.RequiredText("article");
        var editorNote = item.OptionalText("editor_note");
        var points = item.RequiredInteger("points", 1);
        var isTieBreak = item.OptionalBoolean("tie_break", false);
        item.ReportUnknownKeys();
        if (id is null || favours is null || when is null || cites is null || article is null || points is null)
        {
            return null;
        }

        if (!Slug.IsValid(id))
        {
            Errors.Add(filePath, item.LineOf("id"), $"rule id '{id}' must be lower-case words joined by hyphens");
        }
        else if (!seenIds.TryAdd(id, item.LineOf("id")))
        {
            Errors.Add(filePath, item.LineOf("id"), $"duplicate rule id '{id}' (first used on line {seenIds[id]})");
        }

        var known = frameworks.Select(f => f.Slug).ToList();
        if (!known.Contains(favours))
        {
            Errors.Add(filePath, item.LineOf("favours"),
                $"rule '{id}' favours unknown framework '{favours}'{Suggestions.DidYouMean(favours, known)}");
        }

        if (!cites.StartsWith('/') || !cites.Contains('#', StringComparison.Ordinal))
        {
            Errors.Add(filePath, item.LineOf("cites"),
                $"rule '{id}' must cite a site path with an anchor, such as /compare/{comparison.Slug}/aspects/<aspect>#<framework>");
        }
        else
        {
            comparison.Renderer.RecordLink(filePath, item.LineOf("cites"), path, cites);
        }

        var whenHtml = comparison.Renderer.RenderSnippet(when, filePath, item.LineOf("when"), path);
        var noteHtml = editorNote is null
            ? null
            : comparison.Renderer.RenderEditorNote(
                editorNote, PageAnchors.EditorNotePrefix + id, $"Rule {id}", filePath, item.LineOf("editor_note"), path);

        return new Rule(id, favours, points.Value, isTieBreak, cites, comparison.Markdown.PlainText(when))
        {
            WhenHtml = whenHtml,
            ArticleReference = article,
            EditorNoteHtml = noteHtml,
            EditorNoteMarkdown = editorNote,
        };
    }
}
