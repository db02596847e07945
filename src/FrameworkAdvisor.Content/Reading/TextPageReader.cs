namespace FrameworkAdvisor.Content;

/// <summary>Reads a page that is only text under a title and summary, such as sources.md.</summary>
internal sealed class TextPageReader(ReadingContext comparison)
{
    /// <summary>Reads <paramref name="fileName"/> into the <paramref name="kind"/> page, whose template emits <paramref name="templateAnchors"/>.</summary>
    public TextPage? Read(string fileName, PageKind kind, params string[] templateAnchors)
    {
        if (comparison.Folder.RequiredFile(fileName) is not { } file)
        {
            return null;
        }

        var (title, summary, keywords) = file.Head();
        file.FrontMatter.ReportUnknownKeys();
        var path = kind.PathIn(comparison.Slug);
        comparison.Pages.Register(path, kind, file);
        comparison.Pages.AddAnchors(path, templateAnchors);
        return new TextPage(title, summary, comparison.Renderer.InspectAndRender(file, path, title, summary, keywords));
    }
}
