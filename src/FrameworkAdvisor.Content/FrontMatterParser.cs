using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FrameworkAdvisor.Content;

/// <summary>
/// Turns a file's YAML front matter block into a <see cref="FrontMatter"/>. Syntax errors are reported with the file's
/// own line numbers and give an empty mapping, so the rest of the file is still checked.
/// </summary>
internal static class FrontMatterParser
{
    public static FrontMatter Parse(YamlFrontMatterBlock block, string file, ContentErrors errors)
    {
        // Markdig's block starts at the opening '---' (0-based); the YAML itself starts on the next line.
        var yaml = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        var firstYamlLine = block.Line + 2;
        if (yaml.StartsWith("---", StringComparison.Ordinal))
        {
            yaml = yaml[(yaml.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        }

        var lastDelimiter = yaml.LastIndexOf("\n---", StringComparison.Ordinal);
        if (lastDelimiter >= 0)
        {
            yaml = yaml[..lastDelimiter];
        }

        return Parse(yaml, file, firstYamlLine, errors);
    }

    /// <summary>Parses YAML text that starts on <paramref name="firstLine"/> of <paramref name="file"/>.</summary>
    private static FrontMatter Parse(string yaml, string file, int firstLine, ContentErrors errors)
    {
        var lineOffset = firstLine - 1;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is null || root is YamlScalarNode { Value: null or "" })
            {
                return new FrontMatter(null, firstLine, file, lineOffset, errors);
            }

            if (root is not YamlMappingNode mapping)
            {
                errors.Add(file, (int)root.Start.Line + lineOffset, "front matter must be a set of 'key: value' lines");
                return new FrontMatter(null, firstLine, file, lineOffset, errors);
            }

            return new FrontMatter(mapping, firstLine, file, lineOffset, errors);
        }
        catch (YamlException ex)
        {
            var reason = (ex.InnerException?.Message ?? ex.Message).Split(Environment.NewLine)[0];
            errors.Add(file, (int)ex.Start.Line + lineOffset, $"front matter is not valid YAML: {reason}");
            return new FrontMatter(null, firstLine, file, lineOffset, errors);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, on some unterminated [ or { lists; still one clear error.
            errors.Add(file, firstLine, "front matter is not valid YAML: check for an unclosed '[', '{' or quote");
            return new FrontMatter(null, firstLine, file, lineOffset, errors);
        }
    }
}
