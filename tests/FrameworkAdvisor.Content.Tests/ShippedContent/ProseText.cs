using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace FrameworkAdvisor.Content.Tests.ShippedContent;

/// <summary>
/// The words of a content file that a reader sees, line by line: front matter values and the Markdown body, read as
/// Markdown. What is syntax, not prose, is left out: YAML keys and quoting, code spans and code blocks, and link
/// targets (a link's text stays, since it is read). Each piece keeps the file line it is written on.
/// </summary>
internal static class ProseText
{
    private static readonly MarkdownRenderer Markdown = new();

    public sealed record Line(int Number, string Text);

    public static IReadOnlyList<Line> Of(string fileText)
    {
        var pieces = new List<Line>();
        var frontMatter = FrontMatterOf(fileText);
        if (frontMatter is not null)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(frontMatter));
            foreach (var document in yaml.Documents)
            {
                CollectValues(document.RootNode, pieces);
            }
        }

        // The pipeline reads the front matter as one block without inlines, so only the body's prose is collected here,
        // already numbered as lines of the whole file.
        CollectInlines(Markdown.Parse(fileText), firstLine: 1, pieces);
        return [.. pieces.GroupBy(p => p.Number).OrderBy(g => g.Key).Select(g => new Line(g.Key, string.Concat(g.Select(p => p.Text))))];
    }

    /// <summary>The YAML between the opening and closing "---" lines, or null when the file has none.</summary>
    private static string? FrontMatterOf(string fileText)
    {
        var lines = fileText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0] != "---")
        {
            return null;
        }

        var end = Array.IndexOf(lines, "---", 1);
        // A leading empty line keeps YAML's line numbers equal to the file's: the opening "---" is line 1.
        return end < 0 ? null : "\n" + string.Join('\n', lines[1..end]);
    }

    /// <summary>Every scalar value (never a key), read as Markdown from the line it starts on.</summary>
    private static void CollectValues(YamlNode node, List<Line> pieces)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (_, value) in mapping.Children)
                {
                    CollectValues(value, pieces);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    CollectValues(item, pieces);
                }

                break;
            case YamlScalarNode { Value: { } value }:
                CollectInlines(Markdown.Parse(value), (int)node.Start.Line, pieces);
                break;
            default:
                break;
        }
    }

    private static void CollectInlines(MarkdownDocument document, int firstLine, List<Line> pieces)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                Collect(inline, firstLine, pieces);
            }
        }
    }

    private static void Collect(ContainerInline container, int firstLine, List<Line> pieces)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    pieces.Add(new Line(firstLine + literal.Line, literal.Content.ToString()));
                    break;
                case ContainerInline child:
                    Collect(child, firstLine, pieces);
                    break;
                default:
                    // Code spans, autolinks and line breaks are not prose; a space keeps the words either side apart.
                    pieces.Add(new Line(firstLine + inline.Line, " "));
                    break;
            }
        }
    }

    /// <summary>Up to forty characters of a line around a position, for a failure message.</summary>
    public static string Around(string text, int at)
    {
        var start = Math.Clamp(at - 20, 0, Math.Max(0, text.Length - 40));
        return text.Substring(start, Math.Min(40, text.Length - start)).Trim();
    }
}
