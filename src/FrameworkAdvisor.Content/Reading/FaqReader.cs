using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace FrameworkAdvisor.Content;

/// <summary>Reads faq.md: an optional intro, then one '## Question?' heading per entry, its answer below it.</summary>
internal sealed class FaqReader(ReadingContext comparison)
{
    public FaqPage? Read()
    {
        if (comparison.Folder.RequiredFile("faq.md") is not { } file)
        {
            return null;
        }

        var (title, summary) = file.TitleAndSummary();
        file.FrontMatter.ReportUnknownKeys();
        var path = SitePaths.Faq(comparison.Slug);
        comparison.Pages.Register(path, PageKind.Faq, file);

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
            comparison.Errors.Add(file.Path, file.FrontMatter.StartLine, "the FAQ has no questions: write each one as a '## Question?' heading");
        }

        // Inspect before rendering any part: it gives the editor's notes their anchors.
        comparison.Renderer.Inspect(file, path, title);
        var introHtml = comparison.Renderer.Render(intro);
        var faqEntries = entries.Select(e => new FaqEntry(
                e.Question.GetAttributes().Id ?? "",
                MarkdownRenderer.PlainText(e.Question.Inline),
                comparison.Renderer.Render(e.Answer)))
            .ToList();
        return new FaqPage(title, summary, introHtml, faqEntries);
    }
}
