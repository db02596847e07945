using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FrameworkAdvisor.Content;

/// <summary>
/// The one Markdown pipeline of the site, built once. Raw HTML is off: content is trusted to be Markdown, not HTML.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>The only custom block authors may use: <c>::: editor-note</c>.</summary>
    public const string EditorNoteBlock = "editor-note";

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCustomContainers()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, _pipeline);

    /// <summary>Renders a run of top-level blocks, so one document can be split into sections.</summary>
    public string RenderBlocks(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = CreateRenderer(writer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Renders a one-paragraph snippet (a table cell, a rule) without its wrapping paragraph.</summary>
    public string RenderInline(MarkdownDocument document)
    {
        if (document is [ParagraphBlock paragraph])
        {
            using var writer = new StringWriter();
            var renderer = CreateRenderer(writer);
            renderer.WriteLeafInline(paragraph);
            writer.Flush();
            return writer.ToString();
        }

        return RenderBlocks(document);
    }

    /// <summary>The text of a heading or paragraph's inlines, without markup.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var child in inline)
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline container:
                    text.Append(PlainText(container));
                    break;
                default:
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private HtmlRenderer CreateRenderer(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new EditorNoteRenderer());
        return renderer;
    }

    /// <summary>
    /// Renders an editor's note as a labelled note (role=note, not an aside: asides nested in main are landmarks).
    /// </summary>
    private sealed class EditorNoteRenderer : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer obj)
        {
            renderer.EnsureLine();
            renderer.Write("<div role=\"note\"").WriteAttributes(obj).WriteLine(">");
            renderer.WriteLine("<p class=\"editor-note-label\"><strong>Editor’s note</strong></p>");
            renderer.WriteChildren(obj);
            renderer.WriteLine("</div>");
        }
    }
}
