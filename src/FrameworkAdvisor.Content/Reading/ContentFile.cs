using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace FrameworkAdvisor.Content;

/// <summary>One content file, parsed once into its front matter and its Markdown document.</summary>
internal sealed record ContentFile(string Path, FrontMatter FrontMatter, MarkdownDocument Document)
{
    /// <summary>The Markdown after the front matter: what the page shows.</summary>
    public IEnumerable<Block> Body => Document.Where(block => block is not YamlFrontMatterBlock);

    /// <summary>Parses a file's text, or reports that it has no front matter and gives null.</summary>
    public static ContentFile? Parse(string path, string text, MarkdownRenderer markdown, ContentErrors errors)
    {
        var document = markdown.Parse(text);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatterBlock)
        {
            errors.Add(path, 1, "missing front matter: start the file with a '---' line, then 'key: value' lines, then a closing '---' line");
            return null;
        }

        return new ContentFile(path, FrontMatterParser.Parse(frontMatterBlock, path, errors), document);
    }

    /// <summary>
    /// The keys every page's file has: its title and summary, and the optional words it is searched by. A missing
    /// title falls back to the file name so the page still reads.
    /// </summary>
    public PageHead Head()
    {
        var title = FrontMatter.RequiredText("title") ?? System.IO.Path.GetFileNameWithoutExtension(Path);
        var summary = FrontMatter.RequiredText("summary") ?? "";
        return new PageHead(title, summary, SearchKeywords.Read(FrontMatter));
    }
}
