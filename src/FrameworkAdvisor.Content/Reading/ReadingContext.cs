namespace FrameworkAdvisor.Content;

/// <summary>
/// What every reader of one comparison's files is handed, made once the comparison's slug is known: the folder's
/// files, the pages they make, the renderer that also collects links, anchors and editor's notes, and the errors.
/// A reader depends on another only through the values it is handed, such as the frameworks or the rules.
/// </summary>
internal sealed record ReadingContext(
    string Slug, ComparisonFolder Folder, PageRegistration Pages, PageRenderer Renderer, MarkdownRenderer Markdown, ContentErrors Errors);
