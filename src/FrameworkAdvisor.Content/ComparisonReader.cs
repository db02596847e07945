using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FrameworkAdvisor.Content;

/// <summary>
/// Reads one folder compare/&lt;slug&gt;/ into a <see cref="Comparison"/>, reporting every problem it finds.
/// <paramref name="texts"/> holds every content file, already read, by full path.
/// </summary>
internal sealed class ComparisonReader(
    string folder, IReadOnlyDictionary<string, string> texts, MarkdownRenderer markdown, ContentErrors errors, SiteIndex site)
{
    private readonly List<EditorNote> _editorNotes = [];
    private string _slug = "";

    private sealed record ParsedFile(string Path, FrontMatter FrontMatter, MarkdownDocument Document)
    {
        public IEnumerable<Block> Body => Document.Where(block => block is not YamlFrontMatterBlock);
    }

    public Comparison? Read()
    {
        var indexPath = Path.Combine(folder, "_index.md");
        if (!texts.ContainsKey(indexPath))
        {
            errors.Add(indexPath, 1, "missing _index.md: every comparison folder needs one (see content/README.md)");
            return null;
        }

        var index = Parse(indexPath);
        if (index is null || IsDraft(index))
        {
            return null;
        }

        var fm = index.FrontMatter;
        _slug = SlugOf(index, Path.GetFileName(folder));
        var (title, summary) = ReadTitleAndSummary(index);
        var updated = fm.RequiredDate("updated");
        var weight = fm.OptionalInteger("weight", 0);
        fm.ReportUnknownKeys();

        var path = SitePaths.Comparison(_slug);
        if (!RegisterPage(path, "comparison", index))
        {
            // Its pages would all collide with the other comparison's; one error says it all.
            return null;
        }

        var overviewHtml = InspectAndRender(index, path, title);
        var frameworks = ReadFrameworks();
        var aspects = ReadAspects(frameworks);
        site.AddAnchors(path, [.. aspects.Select(a => a.Slug), PageAnchors.ComparisonTable, PageAnchors.Overview]);
        var faq = ReadFaq();
        var recommendations = ReadRecommendations(frameworks);
        var sources = ReadTextPage("sources.md", SitePaths.Sources(_slug), PageAnchors.EditorNotes);
        var questionnaire = ReadQuestionnaire(recommendations?.Rules ?? []);

        if (frameworks.Count < 2)
        {
            errors.Add(indexPath, 1, $"a comparison needs at least two frameworks in frameworks/, found {frameworks.Count}");
        }

        if (aspects.Count == 0)
        {
            errors.Add(indexPath, 1, "a comparison needs at least one aspect in aspects/");
        }

        if (faq is null || recommendations is null || sources is null || updated is null)
        {
            return null;
        }

        return new Comparison(_slug, title, summary, updated.Value, weight, overviewHtml, frameworks, aspects, faq,
            recommendations, sources, questionnaire, _editorNotes);
    }

    private List<Framework> ReadFrameworks()
    {
        var frameworks = new List<Framework>();
        foreach (var file in FilesIn("frameworks"))
        {
            var (slug, title, summary, weight) = ReadListedPageHeader(file);
            file.FrontMatter.ReportUnknownKeys();

            var path = SitePaths.Framework(_slug, slug);
            if (!RegisterPage(path, "framework", file))
            {
                continue;
            }

            var body = InspectAndRender(file, path, title);
            site.AddAnchors(path, [PageAnchors.AtAGlance, PageAnchors.RecommendedWhen]);
            frameworks.Add(new Framework(slug, title, summary, weight, body));
        }

        return [.. frameworks.OrderBy(f => f.Weight).ThenBy(f => f.Title, StringComparer.Ordinal)];
    }

    private List<Aspect> ReadAspects(IReadOnlyList<Framework> frameworks)
    {
        var aspects = new List<Aspect>();
        foreach (var file in FilesIn("aspects"))
        {
            var fm = file.FrontMatter;
            var (slug, title, summary, weight) = ReadListedPageHeader(file);
            var inArticleTable = fm.OptionalBoolean("in_article_table", false);
            var path = SitePaths.Aspect(_slug, slug);
            var leans = ReadLean(file, frameworks);
            var leanNote = fm.OptionalText("lean_note") is { } note ? RenderSnippet(note, file.Path, fm.LineOf("lean_note"), path) : null;
            if (leans is not null && leanNote is null && !fm.Has("lean_note"))
            {
                errors.Add(file.Path, fm.LineOf("leans"), "'leans' needs a 'lean_note' saying why the article leans that way");
            }

            var cells = ReadCells(file, frameworks, path);
            fm.ReportUnknownKeys();

            if (!RegisterPage(path, "aspect", file))
            {
                continue;
            }

            var (introHtml, bodies) = SplitAspectBody(file, path, title, frameworks);
            site.AddAnchors(path, frameworks.Select(f => f.Slug));
            var takes = frameworks
                .Where(f => cells.ContainsKey(f.Slug) && bodies.ContainsKey(f.Slug))
                .Select(f => new AspectTake(f.Slug, cells[f.Slug], bodies[f.Slug]))
                .ToList();
            aspects.Add(new Aspect(slug, title, summary, weight, inArticleTable, leans, leanNote, introHtml, takes));
        }

        return [.. aspects.OrderBy(a => a.Weight).ThenBy(a => a.Title, StringComparer.Ordinal)];
    }

    private string? ReadLean(ParsedFile file, IReadOnlyList<Framework> frameworks)
    {
        var leans = file.FrontMatter.OptionalText("leans");
        if (leans is null || leans == Leaning.Balanced || frameworks.Any(f => f.Slug == leans))
        {
            return leans;
        }

        var allowed = frameworks.Select(f => f.Slug).Append(Leaning.Balanced).ToList();
        errors.Add(file.Path, file.FrontMatter.LineOf("leans"),
            $"'leans' names unknown framework '{leans}'{Suggestions.DidYouMean(leans, allowed)}; use one of: {string.Join(", ", allowed)}");
        return null;
    }

    private Dictionary<string, string> ReadCells(ParsedFile file, IReadOnlyList<Framework> frameworks, string path)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var known = frameworks.Select(f => f.Slug).ToList();
        foreach (var (framework, text, line) in file.FrontMatter.RequiredTextMapping("cells"))
        {
            if (!named.Add(framework))
            {
                errors.Add(file.Path, line, $"two cells for '{framework}'");
            }
            else if (!known.Contains(framework))
            {
                errors.Add(file.Path, line, $"cell for unknown framework '{framework}'{Suggestions.DidYouMean(framework, known)}");
            }
            else if (text is null)
            {
                errors.Add(file.Path, line, $"empty cell for '{framework}': write a short comparison, or what the article leaves unsaid");
            }
            else
            {
                cells[framework] = RenderSnippet(text, file.Path, line, path);
            }
        }

        if (file.FrontMatter.Has("cells"))
        {
            foreach (var missing in known.Where(slug => !named.Contains(slug)))
            {
                errors.Add(file.Path, file.FrontMatter.LineOf("cells"), $"no cell for framework '{missing}'");
            }
        }

        return cells;
    }

    /// <summary>An aspect body is an optional intro, then one '## &lt;framework title&gt;' section per framework.</summary>
    private (string IntroHtml, Dictionary<string, string> Bodies) SplitAspectBody(
        ParsedFile file, string path, string title, IReadOnlyList<Framework> frameworks)
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
                    errors.Add(file.Path, heading.Line + 1,
                        $"heading '{text}' is not a framework of this comparison{Suggestions.DidYouMean(text, titles)}; " +
                        $"an aspect has one '## <framework>' section each ({string.Join(", ", titles)}); use ### for sub-headings");
                    current = null;
                }
                else if (sections.ContainsKey(framework.Slug))
                {
                    errors.Add(file.Path, heading.Line + 1, $"a second '## {text}' section; each framework has one");
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
            errors.Add(file.Path, file.FrontMatter.StartLine, $"no '## {missing.Title}' section in the body; each framework needs one");
        }

        Inspect(file, path, title);
        var bodies = sections.ToDictionary(s => s.Key, s => markdown.RenderBlocks(s.Value), StringComparer.Ordinal);
        return (markdown.RenderBlocks(intro), bodies);
    }

    private FaqPage? ReadFaq()
    {
        var filePath = Path.Combine(folder, "faq.md");
        if (RequiredFile(filePath) is not { } file)
        {
            return null;
        }

        var (title, summary) = ReadTitleAndSummary(file);
        file.FrontMatter.ReportUnknownKeys();
        var path = SitePaths.Faq(_slug);
        RegisterPage(path, "faq", file);

        var intro = new List<Block>();
        var entries = new List<(HeadingBlock Question, List<Block> Answer)>();
        foreach (var block in file.Body)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                entries.Add((heading, []));
            }
            else if (entries.Count > 0)
            {
                entries[^1].Answer.Add(block);
            }
            else
            {
                intro.Add(block);
            }
        }

        if (entries.Count == 0)
        {
            errors.Add(filePath, file.FrontMatter.StartLine, "the FAQ has no questions: write each one as a '## Question?' heading");
        }

        Inspect(file, path, title);
        var introHtml = markdown.RenderBlocks(intro);
        var faqEntries = entries.Select(e => new FaqEntry(
                e.Question.GetAttributes().Id ?? "",
                MarkdownRenderer.PlainText(e.Question.Inline),
                markdown.RenderBlocks(e.Answer)))
            .ToList();
        return new FaqPage(title, summary, introHtml, faqEntries);
    }

    private RecommendationsPage? ReadRecommendations(IReadOnlyList<Framework> frameworks)
    {
        var filePath = Path.Combine(folder, "recommendations.md");
        if (RequiredFile(filePath) is not { } file)
        {
            return null;
        }

        var path = SitePaths.Recommendations(_slug);
        var (title, summary) = ReadTitleAndSummary(file);
        var rules = new List<RecommendationRule>();
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
            errors.Add(file.Path, file.FrontMatter.LineOf("rules"),
                $"only one rule may be the tie-break, but {string.Join(", ", tieBreaks.Select(r => r.Id))} all set 'tie_break: true'");
        }

        RegisterPage(path, "recommendations", file);
        site.AddAnchors(path, rules.Select(r => r.Id));
        site.AddAnchors(path, rules.Where(r => r.EditorNoteHtml is not null).Select(r => PageAnchors.EditorNotePrefix + r.Id));
        var introHtml = InspectAndRender(file, path, title);
        return new RecommendationsPage(title, summary, introHtml, rules);
    }

    private RecommendationRule? ReadRule(
        FrontMatter item, string filePath, string path, IReadOnlyList<Framework> frameworks, Dictionary<string, int> seenIds)
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

        if (!Slugs.IsValid(id))
        {
            errors.Add(filePath, item.LineOf("id"), $"rule id '{id}' must be lower-case words joined by hyphens");
        }
        else if (!seenIds.TryAdd(id, item.LineOf("id")))
        {
            errors.Add(filePath, item.LineOf("id"), $"duplicate rule id '{id}' (first used on line {seenIds[id]})");
        }

        var known = frameworks.Select(f => f.Slug).ToList();
        if (!known.Contains(favours))
        {
            errors.Add(filePath, item.LineOf("favours"),
                $"rule '{id}' favours unknown framework '{favours}'{Suggestions.DidYouMean(favours, known)}");
        }

        if (!cites.StartsWith('/') || !cites.Contains('#', StringComparison.Ordinal))
        {
            errors.Add(filePath, item.LineOf("cites"),
                $"rule '{id}' must cite a site path with an anchor, such as /compare/{_slug}/aspects/<aspect>#<framework>");
        }
        else
        {
            site.AddLink(filePath, item.LineOf("cites"), path, cites);
        }

        var whenHtml = RenderSnippet(when, filePath, item.LineOf("when"), path);
        var whenText = MarkdownRenderer.PlainText(markdown.Parse(when).Descendants<ParagraphBlock>().FirstOrDefault()?.Inline);
        string? noteHtml = null;
        if (editorNote is not null)
        {
            var anchor = PageAnchors.EditorNotePrefix + id;
            (noteHtml, var innerHtml) = RenderEditorNote(editorNote, anchor, filePath, item.LineOf("editor_note"), path);
            _editorNotes.Add(new EditorNote(path, $"Rule {id}", anchor, innerHtml));
        }

        return new RecommendationRule(id, favours, whenHtml, whenText, cites, article, noteHtml, points.Value, isTieBreak);
    }

    /// <summary>
    /// Renders a note given in front matter exactly as a '::: editor-note' block in a body would be, so the note's
    /// markup lives in one place: the Markdown renderer.
    /// </summary>
    private (string BlockHtml, string InnerHtml) RenderEditorNote(string text, string anchor, string filePath, int line, string path)
    {
        var document = markdown.Parse($"::: {MarkdownRenderer.EditorNoteBlock}\n{text}\n:::");
        CheckLinks(document, filePath, path, line);
        var container = document.Descendants<CustomContainer>().Single();
        container.GetAttributes().Id = anchor;
        return (markdown.RenderBlocks(document), markdown.RenderBlocks(container));
    }

    /// <summary>
    /// Reads questionnaire.md, which is optional: a comparison can be published before its chooser is written.
    /// Every rule must be reachable from some answer, or the chooser could never recommend it.
    /// </summary>
    private Questionnaire? ReadQuestionnaire(IReadOnlyList<RecommendationRule> rules)
    {
        var filePath = Path.Combine(folder, "questionnaire.md");
        if (!texts.ContainsKey(filePath) || Parse(filePath) is not { } file || IsDraft(file))
        {
            return null;
        }

        var path = SitePaths.Chooser(_slug);
        var (title, summary) = ReadTitleAndSummary(file);
        var questionLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var triggered = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<QuestionGroup>();
        foreach (var groupItem in file.FrontMatter.RequiredMappingList("groups"))
        {
            var groupTitle = groupItem.RequiredText("title") ?? "";
            var questions = groupItem.RequiredMappingList("questions")
                .Select(item => ReadQuestion(item, file.Path, rules, questionLines, triggered))
                .OfType<QuestionDefinition>()
                .ToList();
            groupItem.ReportUnknownKeys();
            groups.Add(new QuestionGroup(groupTitle, questions));
        }

        file.FrontMatter.ReportUnknownKeys();
        foreach (var rule in rules.Where(r => !triggered.Contains(r.Id)))
        {
            errors.Add(file.Path, file.FrontMatter.LineOf("groups"),
                $"rule '{rule.Id}' is not named by any option, so the chooser could never recommend it; add it to an option's 'rules'");
        }

        CheckShareLinkLength(file, groups);
        RegisterPage(path, "questionnaire", file);
        var introHtml = InspectAndRender(file, path, title);
        return new Questionnaire(title, summary, introHtml, groups);
    }

    private QuestionDefinition? ReadQuestion(FrontMatter item, string filePath, IReadOnlyList<RecommendationRule> rules,
        Dictionary<string, int> questionLines, HashSet<string> triggered)
    {
        var id = item.RequiredText("id");
        var text = item.RequiredText("text");
        var why = item.RequiredText("why");
        var optionLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var options = item.RequiredMappingList("options")
            .Select(option => ReadOption(option, filePath, id, rules, optionLines, triggered))
            .OfType<OptionDefinition>()
            .ToList();
        item.ReportUnknownKeys();
        if (id is null || text is null || why is null)
        {
            return null;
        }

        if (!Slugs.IsValid(id))
        {
            errors.Add(filePath, item.LineOf("id"), $"question id '{id}' must be lower-case words joined by hyphens; it appears in shared links");
        }
        else if (!questionLines.TryAdd(id, item.LineOf("id")))
        {
            errors.Add(filePath, item.LineOf("id"), $"duplicate question id '{id}' (first used on line {questionLines[id]})");
        }

        if (item.Has("options") && optionLines.Count < 2)
        {
            errors.Add(filePath, item.LineOf("options"), $"question '{id}' needs at least two options; skipping is always offered as well");
        }

        return new QuestionDefinition(id, text, why, options);
    }

    private OptionDefinition? ReadOption(FrontMatter item, string filePath, string? questionId, IReadOnlyList<RecommendationRule> rules,
        Dictionary<string, int> optionLines, HashSet<string> triggered)
    {
        var id = item.RequiredText("id");
        var label = item.RequiredText("label");
        var ruleIds = new List<string>();
        var known = rules.Select(r => r.Id).ToList();
        foreach (var (ruleId, line) in item.OptionalTextList("rules"))
        {
            if (!known.Contains(ruleId))
            {
                errors.Add(filePath, line,
                    $"option '{id}' names unknown rule '{ruleId}'{Suggestions.DidYouMean(ruleId, known)}; rules are defined in recommendations.md");
            }
            else if (ruleIds.Contains(ruleId))
            {
                errors.Add(filePath, line, $"option '{id}' names rule '{ruleId}' twice");
            }
            else
            {
                ruleIds.Add(ruleId);
                triggered.Add(ruleId);
            }
        }

        item.ReportUnknownKeys();
        if (id is null || label is null)
        {
            return null;
        }

        if (!Slugs.IsValid(id))
        {
            errors.Add(filePath, item.LineOf("id"), $"option id '{id}' must be lower-case words joined by hyphens; it appears in shared links");
        }
        else if (!optionLines.TryAdd(id, item.LineOf("id")))
        {
            errors.Add(filePath, item.LineOf("id"), $"question '{questionId}' has two options with id '{id}' (first on line {optionLines[id]})");
        }

        return new OptionDefinition(id, label, ruleIds);
    }

    /// <summary>
    /// A shared result link is the result path plus 'question=option' pairs joined by '&amp;'. With every question
    /// answered by its longest option id it must still fit <see cref="SitePaths.MaxShareLinkLength"/>.
    /// </summary>
    private void CheckShareLinkLength(ParsedFile file, IReadOnlyList<QuestionGroup> groups)
    {
        var questions = groups.SelectMany(g => g.Questions).Where(q => q.Options.Count > 0).ToList();
        var queryLength = questions.Sum(q => q.Id.Length + 1 + q.Options.Max(o => o.Id.Length)) + Math.Max(0, questions.Count - 1);
        var longest = SitePaths.ChooserResult(_slug).Length + 1 + queryLength;
        if (longest > SitePaths.MaxShareLinkLength)
        {
            errors.Add(file.Path, file.FrontMatter.LineOf("groups"),
                $"with every question answered a shared link would be {longest} characters, over the limit of " +
                $"{SitePaths.MaxShareLinkLength}; shorten question or option ids");
        }
    }

    private TextPage? ReadTextPage(string fileName, string path, params string[] templateAnchors)
    {
        var filePath = Path.Combine(folder, fileName);
        if (RequiredFile(filePath) is not { } file)
        {
            return null;
        }

        var (title, summary) = ReadTitleAndSummary(file);
        file.FrontMatter.ReportUnknownKeys();
        RegisterPage(path, Path.GetFileNameWithoutExtension(fileName), file);
        site.AddAnchors(path, templateAnchors);
        return new TextPage(title, summary, InspectAndRender(file, path, title));
    }

    /// <summary>The keys every framework and aspect file has: its slug (from the file name), title, summary and order.</summary>
    private (string Slug, string Title, string Summary, int Weight) ReadListedPageHeader(ParsedFile file)
    {
        var slug = SlugOf(file, Path.GetFileNameWithoutExtension(file.Path));
        var (title, summary) = ReadTitleAndSummary(file);
        return (slug, title, summary, file.FrontMatter.OptionalInteger("weight", 0));
    }

    private static (string Title, string Summary) ReadTitleAndSummary(ParsedFile file)
    {
        var title = file.FrontMatter.RequiredText("title") ?? Path.GetFileNameWithoutExtension(file.Path);
        var summary = file.FrontMatter.RequiredText("summary") ?? "";
        return (title, summary);
    }

    /// <summary>
    /// Checks a file's Markdown once: records its links and heading anchors, numbers its editor's notes,
    /// and rejects what the site cannot serve (images, unknown ::: blocks). Then renders its whole body.
    /// </summary>
    private string InspectAndRender(ParsedFile file, string path, string pageTitle)
    {
        Inspect(file, path, pageTitle);
        return markdown.RenderBlocks(file.Body);
    }

    private void Inspect(ParsedFile file, string path, string pageTitle)
    {
        CheckLinks(file.Document, file.Path, path);

        site.AddAnchors(path, file.Document.Descendants<HeadingBlock>()
            .Select(heading => heading.GetAttributes().Id)
            .OfType<string>());

        foreach (var container in file.Document.Descendants<CustomContainer>())
        {
            if (container.Info != MarkdownRenderer.EditorNoteBlock)
            {
                errors.Add(file.Path, container.Line + 1,
                    $"unknown block '::: {container.Info}'; the only kind is '::: {MarkdownRenderer.EditorNoteBlock}'");
                continue;
            }

            var anchor = PageAnchors.EditorNotePrefix + (_editorNotes.Count(n => n.PagePath == path) + 1);
            container.GetAttributes().Id = anchor;
            site.AddAnchors(path, [anchor]);
            _editorNotes.Add(new EditorNote(path, pageTitle, anchor, markdown.RenderBlocks(container)));
        }
    }

    /// <summary>Renders a short inline snippet from front matter; its links are reported at the key's line.</summary>
    private string RenderSnippet(string text, string filePath, int line, string path)
    {
        var document = markdown.Parse(text);
        CheckLinks(document, filePath, path, line);
        return markdown.RenderInline(document);
    }

    /// <summary>
    /// Records every link for checking once all pages are known, and rejects images, which would load files from
    /// elsewhere. Snippets from front matter pass the line of their key, since their own lines start at zero.
    /// </summary>
    private void CheckLinks(MarkdownDocument document, string filePath, string path, int? snippetLine = null)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            var line = snippetLine ?? link.Line + 1;
            if (link.IsImage)
            {
                errors.Add(filePath, line, "images are not supported: the site serves text only, and never loads third-party files");
            }
            else if (link.Url is { } url)
            {
                site.AddLink(filePath, line, path, url);
            }
        }
    }

    private IEnumerable<ParsedFile> FilesIn(string subfolder)
    {
        var directory = Path.Combine(folder, subfolder);
        foreach (var filePath in texts.Keys.Where(p => Path.GetDirectoryName(p) == directory).Order(StringComparer.Ordinal))
        {
            if (Parse(filePath) is { } file && !IsDraft(file))
            {
                yield return file;
            }
        }
    }

    private ParsedFile? RequiredFile(string filePath)
    {
        if (!texts.ContainsKey(filePath))
        {
            errors.Add(filePath, 1, $"missing {Path.GetFileName(filePath)}: every comparison needs one (see content/README.md)");
            return null;
        }

        return Parse(filePath);
    }

    private ParsedFile? Parse(string filePath)
    {
        var document = markdown.Parse(texts[filePath]);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatterBlock)
        {
            errors.Add(filePath, 1, "missing front matter: start the file with a '---' line, then 'key: value' lines, then a closing '---' line");
            return null;
        }

        return new ParsedFile(filePath, FrontMatterParser.Parse(frontMatterBlock, filePath, errors), document);
    }

    private bool IsDraft(ParsedFile file)
    {
        var isDraft = file.FrontMatter.OptionalBoolean("draft", false);
        if (isDraft)
        {
            errors.SkippedDrafts.Add(errors.DisplayPath(file.Path));
        }

        return isDraft;
    }

    private string SlugOf(ParsedFile file, string fallback)
    {
        var slug = file.FrontMatter.OptionalText("slug") ?? fallback;
        if (!Slugs.IsValid(slug))
        {
            errors.Add(file.Path, file.FrontMatter.LineOf("slug"),
                $"slug '{slug}' must be lower-case letters and digits joined by single hyphens (rename the file or set 'slug')");
        }

        return slug;
    }

    /// <summary>
    /// Registers the page a file makes. On a clash the error goes to whichever file set 'slug:' to cause it,
    /// since renaming that slug is the fix.
    /// </summary>
    private bool RegisterPage(string path, string kind, ParsedFile file)
    {
        var setsSlug = file.FrontMatter.Has("slug");
        var line = file.FrontMatter.LineOf("slug");
        if (site.TryRegister(path, kind, file.Path, line, setsSlug) is not { } clash)
        {
            return true;
        }

        var slug = path[(path.LastIndexOf('/') + 1)..];
        if (setsSlug || !clash.SetsSlug)
        {
            errors.Add(file.Path, line, $"duplicate {kind} slug '{slug}': {errors.DisplayPath(clash.File)} already makes the page {path}");
        }
        else
        {
            errors.Add(clash.File, clash.Line, $"duplicate {kind} slug '{slug}': {errors.DisplayPath(file.Path)} already makes the page {path}");
        }

        return false;
    }
}
