using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
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

    /// <summary>What an editor's note is called where it is shown, and in search.</summary>
    public const string EditorNoteLabel = "Editor’s note";

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

    /// <summary>The text of a Markdown snippet (from front matter), without markup; empty when there is none.</summary>
    public string PlainText(string? markdown) => markdown is null ? "" : PlainText(Parse(markdown));

    /// <summary>
    /// The text of a run of blocks as a reader sees it, without markup: blocks apart by a space, so words either side
    /// stay apart, and an editor's note with its label.
    /// </summary>
    public static string PlainText(IEnumerable<Block> blocks) =>
        string.Join(' ', blocks.Select(BlockText).Where(text => text.Length > 0));

    /// <summary>The text of a heading or paragraph's inlines, without markup: "(`x`)" and "([x](url))" read "(x)".</summary>
    public static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        AppendText(text, inline);
        return text.ToString().Trim();
    }

    private static string BlockText(Block block) => block switch
    {
        YamlFrontMatterBlock => "",
        CustomContainer { Info: EditorNoteBlock } note => $"{EditorNoteLabel} {PlainText(note)}",
        ContainerBlock container => PlainText(container),
        CodeBlock code => code.Lines.ToString(),
        LeafBlock leaf => PlainText(leaf.Inline),
        _ => "",
    };

    private static void AppendText(StringBuilder text, ContainerInline? inline)
    {
        if (inline is null)
        {
            return;
        }

        foreach (var child in inline)
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline container:
                    AppendText(text, container);
                    break;
                default:
                    break;
            }
        }
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
            renderer.WriteLine("<p class=\"editor-note-label\"><strong>" + EditorNoteLabel + "</strong></p>");
            renderer.WriteChildren(obj);
            renderer.WriteLine("</div>");
        }
    }
}
