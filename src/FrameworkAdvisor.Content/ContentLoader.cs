using System.Security.Cryptography;
using System.Text;

namespace FrameworkAdvisor.Content;

/// <summary>
/// Loads a content folder (see content/README.md) into a validated <see cref="ContentSet"/>.
/// Nothing stops at the first problem: every error in every file is collected, each with its file and line.
/// </summary>
public sealed class ContentLoader(MarkdownRenderer markdown)
{
    private static readonly string[] ComparisonFiles = ["_index.md", "faq.md", "recommendations.md", "questionnaire.md", "sources.md"];
    private static readonly string[] ComparisonFolders = ["frameworks", "aspects"];

    public ContentLoadResult Load(string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var errors = new ContentErrors(Path.GetDirectoryName(root) ?? root);
        if (!Directory.Exists(root))
        {
            errors.Add(root, 1, $"content folder not found: {root} (set Content__Directory to the folder that holds the Markdown)");
            return new ContentLoadResult(null, errors.Sorted());
        }

        var files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        // Every file is read once, here: the same text is parsed and hashed into the content version.
        var texts = files.ToDictionary(file => file, File.ReadAllText, StringComparer.Ordinal);
        var compareRoot = Path.Combine(root, "compare");
        ReportStrayFiles(root, compareRoot, files, errors);

        var site = new SiteIndex();
        var comparisons = new List<Comparison>();
        var comparisonFolders = Directory.Exists(compareRoot)
            ? Directory.GetDirectories(compareRoot).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        foreach (var folder in comparisonFolders)
        {
            if (new ComparisonReader(folder, texts, markdown, errors, site).Read() is { } comparison)
            {
                comparisons.Add(comparison);
            }
        }

        if (comparisons.Count == 0 && errors.Count == 0)
        {
            errors.Add(compareRoot, 1, "no comparisons found: add a folder compare/<slug>/ with an _index.md (see content/README.md)");
        }

        new LinkCheck(site).Report(errors);
        if (errors.Count > 0)
        {
            return new ContentLoadResult(null, errors.Sorted());
        }

        var ordered = comparisons.OrderBy(c => c.Weight).ThenBy(c => c.Title, StringComparer.Ordinal).ToList();
        return new ContentLoadResult(new ContentSet(ordered, VersionOf(root, texts), files.Count, errors.SkippedDrafts), []);
    }

    /// <summary>A Markdown file anywhere the site does not read is almost always a mistake (a typo in a folder name).</summary>
    private static void ReportStrayFiles(string root, string compareRoot, IEnumerable<string> files, ContentErrors errors)
    {
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(compareRoot, file).Replace('\\', '/').Split('/');
            var recognised = relative switch
            {
                [_, var name] => ComparisonFiles.Contains(name),
                [_, var folder, _] => ComparisonFolders.Contains(folder),
                _ => false,
            };
            var isAuthorsGuide = Path.GetRelativePath(root, file) == "README.md";
            var insideCompare = !relative[0].StartsWith("..", StringComparison.Ordinal);
            if (!isAuthorsGuide && !(insideCompare && recognised))
            {
                errors.Add(file, 1,
                    "the site does not read this file; content lives in compare/<slug>/ as _index.md, faq.md, recommendations.md, questionnaire.md, " +
                    "sources.md, frameworks/<slug>.md or aspects/<slug>.md");
            }
        }
    }

    /// <summary>A short hash of every content file, so caches and health checks can tell one import from another.</summary>
    private static string VersionOf(string root, IReadOnlyDictionary<string, string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (file, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file).Replace('\\', '/') + "\0"));
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData("\0"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
