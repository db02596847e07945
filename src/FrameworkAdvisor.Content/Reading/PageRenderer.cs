using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FrameworkAdvisor.Content;

/// <summary>
/// Renders the Markdown of one comparison's pages, checking it first: links are recorded for <see cref="LinkCheck"/>,
/// heading anchors are added to the site index, and editor's notes are numbered per page and collected in
/// <see cref="EditorNotes"/>, in the order the pages are read. Every editor's note must cite a source with a link.
/// The places a search can lead to are taken from the same syntax trees, and kept for <see cref="SearchSections"/>.
/// </summary>
internal sealed class PageRenderer(MarkdownRenderer markdown, ContentErrors errors, SiteIndex site)
{
    private readonly List<EditorNote> _editorNotes = [];
    private readonly List<SearchSection> _searchSections = [];
    private readonly List<SearchSection> _editorNoteSections = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _keywords = new(StringComparer.Ordinal);

    public IReadOnlyList<EditorNote> EditorNotes => _editorNotes;

    /// <summary>
    /// The places indexed, page by page in the order of <paramref name="pagePaths"/>, then each editor's note as a place
    /// of its own. Search breaks ties in index order, so this is the order the site lists its pages in, not the order
    /// their files are read. A page's keywords go with its own place, the top of the page.
    /// </summary>
    public IReadOnlyList<SearchSection> SearchSections(string[] pagePaths) =>
        [.. _searchSections
            .Select(s => s.Place == SearchPlace.Page && _keywords.TryGetValue(s.Path, out var keywords) ? s with { Keywords = keywords } : s)
            .OrderBy(s => Array.IndexOf(pagePaths, s.Path)),
         .. _editorNoteSections];

    /// <summary>The words a page is also searched by, from its front matter; they are indexed with the top of the page.</summary>
    public void AddKeywords(string path, IReadOnlyList<string> keywords) => _keywords[path] = keywords;

    /// <summary>
    /// Checks a file's Markdown once: records its links and heading anchors, numbers its editor's notes,
    /// and rejects what the site cannot serve (images, unknown ::: blocks). Then indexes it for search as the page
    /// <paramref name="pageTitle"/>, its summary leading its opening text, and renders its whole body.
    /// </summary>
    public string InspectAndRender(ContentFile file, string path, string pageTitle, string summary, IReadOnlyList<string> keywords)
    {
        InspectAndIndex(file, path, pageTitle, summary, keywords);
        return markdown.RenderBlocks(file.Body);
    }

    /// <summary>
    /// As <see cref="InspectAndRender"/>, but renders the body in parts, taken from its syntax tree: the blocks before
    /// the first '##' heading, then for each '##' heading its id, its plain text and the blocks under it.
    /// </summary>
    public (string IntroHtml, IReadOnlyList<PageSection> Sections) InspectAndRenderSections(
        ContentFile file, string path, string pageTitle, string summary, IReadOnlyList<string> keywords)
    {
        InspectAndIndex(file, path, pageTitle, summary, keywords);
        var intro = new List<Block>();
        var sections = new List<(HeadingBlock Heading, List<Block> Body)>();
        foreach (var block in file.Body)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                sections.Add((heading, []));
            }
            else
            {
                (sections.Count == 0 ? intro : sections[^1].Body).Add(block);
            }
        }

        return (markdown.RenderBlocks(intro),
            [.. sections.Select(s => new PageSection(s.Heading.GetAttributes().Id ?? "", MarkdownRenderer.PlainText(s.Heading.Inline), markdown.RenderBlocks(s.Body)))]);
    }

    private void InspectAndIndex(ContentFile file, string path, string pageTitle, string summary, IReadOnlyList<string> keywords)
    {
        Inspect(file, path, pageTitle);
        AddKeywords(path, keywords);
        IndexBlocks(path, pageTitle, "", pageTitle, [summary], file.Body);
    }

    /// <summary>
    /// Indexes a run of blocks for search, split where the page gives a heading an anchor of its own (h2 and h3): the
    /// text before the first such heading goes, after <paramref name="lead"/>, to the section at <paramref name="anchor"/>;
    /// each heading then starts a section at its id, the same id the rendered page gives it. With no anchor the first
    /// section is the page itself.
    /// </summary>
    public void IndexBlocks(string path, string pageTitle, string anchor, string heading, IEnumerable<string?> lead, IEnumerable<Block> blocks)
    {
        var body = new List<Block>();
        var place = anchor.Length == 0 ? SearchPlace.Page : SearchPlace.Heading;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: 2 or 3 } next)
            {
                IndexText(path, pageTitle, anchor, heading, place, [.. lead, MarkdownRenderer.PlainText(body)]);
                place = SearchPlace.Heading;
                (anchor, heading) = (next.GetAttributes().Id ?? "", MarkdownRenderer.PlainText(next.Inline));
                lead = [];
                body.Clear();
            }
            else
            {
                body.Add(block);
            }
        }

        IndexText(path, pageTitle, anchor, heading, place, [.. lead, MarkdownRenderer.PlainText(body)]);
    }

    /// <summary>Indexes one section for search from text that is already plain, such as front matter or a rule.</summary>
    public void IndexText(string path, string pageTitle, string anchor, string heading, SearchPlace place, IEnumerable<string?> text) =>
        _searchSections.Add(new SearchSection(path, pageTitle, anchor, heading, string.Join(' ', text.Where(t => !string.IsNullOrEmpty(t))), place, []));

    /// <summary>
    /// The checks of <see cref="InspectAndRender"/> alone, for pages rendered in sections; it also sets the editor's
    /// notes' anchors, so call it before rendering any section.
    /// </summary>
    public void Inspect(ContentFile file, string path, string pageTitle)
    {
        RecordLinks(file.Document, file.Path, path);

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

            RequireCitation(container, file.Path, container.Line + 1);
            var anchor = PageAnchors.EditorNotePrefix + (_editorNotes.Count(n => n.PagePath == path) + 1);
            container.GetAttributes().Id = anchor;
            site.AddAnchors(path, [anchor]);
            AddEditorNote(path, pageTitle, anchor, container);
        }
    }

    /// <summary>Renders a run of blocks of a file already passed to <see cref="Inspect"/>.</summary>
    public string Render(IEnumerable<Block> blocks) => markdown.RenderBlocks(blocks);

    /// <summary>Renders a short inline snippet from front matter; its links are reported at the key's line.</summary>
    public string RenderSnippet(string text, string filePath, int line, string path)
    {
        var document = markdown.Parse(text);
        RecordLinks(document, filePath, path, line);
        return markdown.RenderInline(document);
    }

    /// <summary>
    /// Renders a note given in front matter exactly as a '::: editor-note' block in a body would be, so the note's
    /// markup lives in one place: the Markdown renderer. Returns the whole block and collects the note.
    /// </summary>
    public string RenderEditorNote(string text, string anchor, string pageTitle, string filePath, int line, string path)
    {
        var document = markdown.Parse($"::: {MarkdownRenderer.EditorNoteBlock}\n{text}\n:::");
        RecordLinks(document, filePath, path, line);
        var container = document.Descendants<CustomContainer>().Single();
        RequireCitation(container, filePath, line);
        container.GetAttributes().Id = anchor;
        var blockHtml = markdown.RenderBlocks(document);
        AddEditorNote(path, pageTitle, anchor, container);
        return blockHtml;
    }

    private void AddEditorNote(string path, string pageTitle, string anchor, CustomContainer note)
    {
        _editorNotes.Add(new EditorNote(path, pageTitle, anchor, markdown.RenderBlocks(note)));
        _editorNoteSections.Add(new SearchSection(path, pageTitle, anchor, MarkdownRenderer.EditorNoteLabel, MarkdownRenderer.PlainText(note), SearchPlace.EditorNote, []));
    }

    /// <summary>Records a link written in front matter (not Markdown), such as a rule's citation, for checking.</summary>
    public void RecordLink(string filePath, int line, string path, string href) => site.AddLink(filePath, line, path, href);

    /// <summary>
    /// The site's honesty rule: a fact from outside the article links to its source. The loader cannot tell an outside
    /// fact from a reading of the article, so it asks for at least one link in every note: official documentation or
    /// release notes for an outside fact, or the page of ours that states what the article says.
    /// </summary>
    private void RequireCitation(CustomContainer note, string filePath, int line)
    {
        var cites = note.Descendants<LinkInline>().Any(link => !link.IsImage) || note.Descendants<AutolinkInline>().Any();
        if (!cites)
        {
            errors.Add(filePath, line,
                "editor's note cites no source: add a link to the official documentation or release notes behind any fact " +
                "from outside the article, or to the page of ours that states what the article says");
        }
    }

    /// <summary>
    /// Records every link for checking once all pages are known, and rejects images, which would load files from
    /// elsewhere. Snippets from front matter pass the line of their key, since their own lines start at zero.
    /// </summary>
    private void RecordLinks(MarkdownDocument document, string filePath, string path, int? snippetLine = null)
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
}
