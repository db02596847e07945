using System.Text.RegularExpressions;
using FrameworkAdvisor.Content;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// A content tree n times the real one, for timing loads as content grows: each comparison folder again under
/// &lt;folder&gt;-copy-&lt;i&gt;, with its links, and its slug if the front matter sets one, pointed at the copy, so the
/// loader sees n valid, distinct comparisons. The slug is read with the content project's own front-matter parser.
/// </summary>
internal static class ScaledContent
{
    public static void Write(string sourceFolder, int copies, string targetFolder)
    {
        CopyFolder(sourceFolder, targetFolder);
        var markdown = new MarkdownRenderer();
        var compareFolder = Path.Combine(targetFolder, "compare");
        foreach (var folder in Directory.GetDirectories(compareFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var slug = SlugOf(Path.Combine(folder, "_index.md"), markdown) ?? name;
            for (var copy = 2; copy <= copies; copy++)
            {
                var copyFolder = Path.Combine(compareFolder, $"{name}-copy-{copy}");
                CopyFolder(folder, copyFolder);
                foreach (var file in Directory.EnumerateFiles(copyFolder, "*.md", SearchOption.AllDirectories))
                {
                    File.WriteAllText(file, PointAtCopy(File.ReadAllText(file), slug, $"{slug}-copy-{copy}"));
                }
            }
        }
    }

    /// <summary>The slug _index.md's front matter sets, or null when it sets none (the folder's name is the slug then).</summary>
    public static string? SlugOf(string indexFile, MarkdownRenderer markdown) =>
        File.Exists(indexFile)
            ? ContentFile.Parse(indexFile, File.ReadAllText(indexFile), markdown, new ContentErrors(Path.GetDirectoryName(indexFile)!))?.FrontMatter.OptionalText("slug")
            : null;

    /// <summary>Links to /compare/&lt;slug&gt; (not to a longer slug that starts the same) and a "slug:" line, moved to the copy's slug.</summary>
    public static string PointAtCopy(string markdown, string slug, string copySlug)
    {
        var links = new Regex($"/compare/{Regex.Escape(slug)}([^a-z0-9-]|$)", RegexOptions.Multiline);
        var slugLine = new Regex($"^slug: *[\"']?{Regex.Escape(slug)}[\"']? *$", RegexOptions.Multiline);
        return slugLine.Replace(links.Replace(markdown, match => $"/compare/{copySlug}{match.Groups[1].Value}"), $"slug: {copySlug}");
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(source))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }
}
