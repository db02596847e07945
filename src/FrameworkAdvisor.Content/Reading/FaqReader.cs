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

        var (title, summary, keywords) = file.Head();
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
        comparison.Renderer.AddKeywords(path, keywords);
        comparison.Renderer.IndexBlocks(path, title, "", title, [summary], intro);
        var faqEntries = new List<FaqEntry>();
        foreach (var (question, answer) in entries)
        {
            var entry = new FaqEntry(question.GetAttributes().Id ?? "", MarkdownRenderer.PlainText(question.Inline), comparison.Renderer.Render(answer), MarkdownRenderer.PlainText(answer));
            comparison.Renderer.IndexText(path, title, entry.Anchor, entry.Question, SearchPlace.Heading, [entry.AnswerText]);
            faqEntries.Add(entry);
        }

        return new FaqPage(title, summary, comparison.Renderer.Render(intro), faqEntries);
    }
}
