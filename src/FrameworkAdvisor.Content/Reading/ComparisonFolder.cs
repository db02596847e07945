namespace FrameworkAdvisor.Content;

/// <summary>
/// The files of one folder compare/&lt;slug&gt;/, parsed on request. Drafts are left out here, once, and listed so
/// the import can say what it skipped.
/// </summary>
internal sealed class ComparisonFolder(
    string directory, IReadOnlyDictionary<string, string> texts, MarkdownRenderer markdown, ContentErrors errors)
{
    /// <summary>The folder's own name, which is the comparison's slug unless _index.md sets one.</summary>
    public string Name => Path.GetFileName(directory);

    /// <summary>The _index.md every comparison starts from; null when it is missing, unreadable or a draft.</summary>
    public ContentFile? ReadIndex()
    {
        var indexPath = PathOf("_index.md");
        if (!texts.ContainsKey(indexPath))
        {
            errors.Add(indexPath, 1, "missing _index.md: every comparison folder needs one (see content/README.md)");
            return null;
        }

        return Parse(indexPath) is { } index && !IsDraft(index) ? index : null;
    }

    /// <summary>Every file of a subfolder such as frameworks/, in name order, each parsed just before it is read.</summary>
    public IEnumerable<ContentFile> FilesIn(string subfolder)
    {
        var subdirectory = Path.Combine(directory, subfolder);
        foreach (var filePath in texts.Keys.Where(p => Path.GetDirectoryName(p) == subdirectory).Order(StringComparer.Ordinal))
        {
            if (Parse(filePath) is { } file && !IsDraft(file))
            {
                yield return file;
            }
        }
    }

    /// <summary>A file every comparison needs, so never a draft ('draft' is not a key it may have).</summary>
    public ContentFile? RequiredFile(string fileName)
    {
        var filePath = PathOf(fileName);
        if (!texts.ContainsKey(filePath))
        {
            errors.Add(filePath, 1, $"missing {fileName}: every comparison needs one (see content/README.md)");
            return null;
        }

        return Parse(filePath);
    }

    /// <summary>A file a comparison may do without; null when it is absent, unreadable or a draft.</summary>
    public ContentFile? OptionalFile(string fileName)
    {
        var filePath = PathOf(fileName);
        return texts.ContainsKey(filePath) && Parse(filePath) is { } file && !IsDraft(file) ? file : null;
    }

    private string PathOf(string fileName) => Path.Combine(directory, fileName);

    private ContentFile? Parse(string filePath) => ContentFile.Parse(filePath, texts[filePath], markdown, errors);

    private bool IsDraft(ContentFile file)
    {
        var isDraft = file.FrontMatter.OptionalBoolean("draft", false);
        if (isDraft)
        {
            errors.SkippedDrafts.Add(errors.DisplayPath(file.Path));
        }

        return isDraft;
    }
}
