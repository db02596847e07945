using Markdig.Syntax;

namespace FrameworkAdvisor.Content;

/// <summary>
/// Reads aspects/*.md: per aspect, a comparison-table cell and a body section for each framework, and which way the
/// article leans. Needs the frameworks, since every cell and section belongs to one.
/// </summary>
internal sealed class AspectReader(ReadingContext comparison)
{
    private ContentErrors Errors => comparison.Errors;

    public List<Aspect> Read(IReadOnlyList<FrameworkPage> frameworks)
    {
        var aspects = new List<Aspect>();
        foreach (var file in comparison.Folder.FilesIn("aspects"))
        {
            var fm = file.FrontMatter;
            var (slug, title, summary, keywords, weight) = ListedPageHeader.Read(file, comparison.Pages);
            var inArticleTable = fm.OptionalBoolean("in_article_table", false);
            var path = SitePaths.Aspect(comparison.Slug, slug);
            var leans = ReadLean(file, frameworks);
            var leanNoteMarkdown = fm.OptionalText("lean_note");
            var leanNote = leanNoteMarkdown is null ? null : comparison.Renderer.RenderSnippet(leanNoteMarkdown, file.Path, fm.LineOf("lean_note"), path);
            if (leans is not null && leanNote is null && !fm.Has("lean_note"))
            {
                Errors.Add(file.Path, fm.LineOf("leans"), "'leans' needs a 'lean_note' saying why the article leans that way");
            }

            var cells = ReadCells(file, frameworks, path);
            fm.ReportUnknownKeys();

            if (!comparison.Pages.Register(path, PageKind.Aspect, file))
            {
                continue;
            }

            var (intro, bodies) = SplitBody(file, frameworks);
            // Inspect before rendering any part: it gives the editor's notes their anchors.
            comparison.Renderer.Inspect(file, path, title);
            comparison.Pages.AddAnchors(path, frameworks.Select(f => f.Slug));
            comparison.Renderer.AddKeywords(path, keywords);
            comparison.Renderer.IndexBlocks(path, title, "", title, [summary, comparison.Markdown.PlainText(leanNoteMarkdown)], intro);
            var takes = new List<AspectTake>();
            foreach (var framework in frameworks.Where(f => cells.ContainsKey(f.Slug) && bodies.ContainsKey(f.Slug)))
            {
                var (cell, body) = (cells[framework.Slug], bodies[framework.Slug]);
                comparison.Renderer.IndexBlocks(path, title, framework.Slug, framework.Title, [cell.Text], body);
                takes.Add(new AspectTake(framework.Slug, cell.Html, comparison.Renderer.Render(body)));
            }

            aspects.Add(new Aspect(slug, title, summary, weight, inArticleTable, leans, leanNote, comparison.Renderer.Render(intro), takes));
        }

        return [.. aspects.OrderBy(a => a.Weight).ThenBy(a => a.Title, StringComparer.Ordinal)];
    }

    private string? ReadLean(ContentFile file, IReadOnlyList<FrameworkPage> frameworks)
    {
        var leans = file.FrontMatter.OptionalText("leans");
        if (leans is null || leans == Leaning.Balanced || frameworks.Any(f => f.Slug == leans))
        {
            return leans;
        }

        var allowed = frameworks.Select(f => f.Slug).Append(Leaning.Balanced).ToList();
        Errors.Add(file.Path, file.FrontMatter.LineOf("leans"),
            $"'leans' names unknown framework '{leans}'{Suggestions.DidYouMean(leans, allowed)}; use one of: {string.Join(", ", allowed)}");
        return null;
    }

    /// <summary>Each framework's cell, rendered and as plain text.</summary>
    private Dictionary<string, (string Html, string Text)> ReadCells(ContentFile file, IReadOnlyList<FrameworkPage> frameworks, string path)
    {
        var cells = new Dictionary<string, (string Html, string Text)>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var known = frameworks.Select(f => f.Slug).ToList();
        foreach (var (framework, text, line) in file.FrontMatter.RequiredTextMapping("cells"))
        {
            if (!named.Add(framework))
            {
                Errors.Add(file.Path, line, $"two cells for '{framework}'");
            }
            else if (!known.Contains(framework))
            {
                Errors.Add(file.Path, line, $"cell for unknown framework '{framework}'{Suggestions.DidYouMean(framework, known)}");
            }
            else if (text is null)
            {
                Errors.Add(file.Path, line, $"empty cell for '{framework}': write a short comparison, or what the article leaves unsaid");
            }
            else
            {
                cells[framework] = (comparison.Renderer.RenderSnippet(text, file.Path, line, path), comparison.Markdown.PlainText(text));
            }
        }

        if (file.FrontMatter.Has("cells"))
        {
            foreach (var missing in known.Where(slug => !named.Contains(slug)))
            {
                Errors.Add(file.Path, file.FrontMatter.LineOf("cells"), $"no cell for framework '{missing}'");
            }
        }

        return cells;
    }

    /// <summary>An aspect body is an optional intro, then one '## &lt;framework title&gt;' section per framework.</summary>
    private (List<Block> Intro, Dictionary<string, List<Block>> Bodies) SplitBody(ContentFile file, IReadOnlyList<FrameworkPage> frameworks)
    {
        var intro = new List<Block>();
        var sections = new Dictionary<string, List<Block>>(StringComparer.Ordinal);
        List<Block>? current = intro;
        foreach (var block in file.Body)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                var text = MarkdownRenderer.PlainText(heading.Inline);
                var framework = frameworks.FirstOrDefault(f =>
                    string.Equals(f.Title, text, StringComparison.OrdinalIgnoreCase) || f.Slug == text);
                if (framework is null)
                {
                    var titles = frameworks.Select(f => f.Title).ToList();
                    Errors.Add(file.Path, heading.Line + 1,
                        $"heading '{text}' is not a framework of this comparison{Suggestions.DidYouMean(text, titles)}; " +
                        $"an aspect has one '## <framework>' section each ({string.Join(", ", titles)}); use ### for sub-headings");
                    current = null;
                }
                else if (sections.ContainsKey(framework.Slug))
                {
                    Errors.Add(file.Path, heading.Line + 1, $"a second '## {text}' section; each framework has one");
                    current = null;
                }
                else
                {
                    current = sections[framework.Slug] = [];
                }

                continue;
            }

            current?.Add(block);
        }

        foreach (var missing in frameworks.Where(f => !sections.ContainsKey(f.Slug)))
        {
            Errors.Add(file.Path, file.FrontMatter.StartLine, $"no '## {missing.Title}' section in the body; each framework needs one");
        }

        return (intro, sections);
    }
}
