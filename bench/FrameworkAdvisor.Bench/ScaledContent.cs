using System.Text;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// A content tree n times the real one, for timing loads as content grows: each comparison folder again under
/// &lt;folder&gt;-copy-&lt;i&gt;, with its links, and its slug if the front matter sets one, pointed at the copy, so the
/// loader sees n valid, distinct comparisons.
/// </summary>
internal static class ScaledContent
{
    // Latin-1 maps every byte to one char and back, so files are rewritten byte for byte apart from the slugs.
    private static readonly Encoding Bytes = Encoding.Latin1;

    public static int Run(string sourceFolder, string scale, string targetFolder)
    {
        if (!int.TryParse(scale, out var copies) || copies < 1)
        {
            throw new BenchFailedException($"BENCH_SCALES holds \"{scale}\", which is not a whole number of at least 1");
        }

        CopyFolder(sourceFolder, targetFolder);
        var compareFolder = Path.Combine(targetFolder, "compare");
        foreach (var folder in Directory.GetDirectories(compareFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            var slug = FrontMatterSlug(Path.Combine(folder, "_index.md")) ?? name;
            for (var copy = 2; copy <= copies; copy++)
            {
                var copyFolder = Path.Combine(compareFolder, $"{name}-copy-{copy}");
                CopyFolder(folder, copyFolder);
                foreach (var file in Directory.EnumerateFiles(copyFolder, "*.md", SearchOption.AllDirectories))
                {
                    File.WriteAllText(file, PointAtCopy(File.ReadAllText(file, Bytes), slug, $"{slug}-copy-{copy}"), Bytes);
                }
            }
        }

        var files = Directory.EnumerateFiles(targetFolder, "*.md", SearchOption.AllDirectories).Count();
        Console.WriteLine($"-- {scale}x: {files} files");
        return 0;
    }

    /// <summary>The word after "slug:" in the first front matter block, if there is one.</summary>
    public static string? FrontMatterSlug(string indexFile)
    {
        var fences = 0;
        foreach (var line in File.ReadLines(indexFile, Bytes))
        {
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                fences++;
            }
            else if (fences == 1 && line.StartsWith("slug:", StringComparison.Ordinal))
            {
                return line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is [_, var slug, ..] ? slug : null;
            }
        }

        return null;
    }

    /// <summary>Links to /compare/&lt;slug&gt; (not to a longer slug that starts the same) and a "slug:" line, moved to the copy's slug.</summary>
    public static string PointAtCopy(string markdown, string slug, string copySlug)
    {
        var links = new Regex($"/compare/{Regex.Escape(slug)}([^a-z0-9-]|$)", RegexOptions.Multiline);
        var slugLine = new Regex($"^slug: *{Regex.Escape(slug)} *$", RegexOptions.Multiline);
        var relinked = links.Replace(markdown, match => $"/compare/{copySlug}{match.Groups[1].Value}");
        return slugLine.Replace(relinked, _ => $"slug: {copySlug}");
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
