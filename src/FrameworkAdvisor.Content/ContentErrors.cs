namespace FrameworkAdvisor.Content;

/// <summary>Collects errors across the whole load, so an author sees every problem in one pass.</summary>
internal sealed class ContentErrors(string displayRoot)
{
    private readonly List<ContentError> _errors = [];

    public int Count => _errors.Count;

    /// <summary>Files left out because they are marked as drafts: not errors, but worth a line in the log.</summary>
    public List<string> SkippedDrafts { get; } = [];

    /// <summary>The path shown to authors: relative to the content folder's parent, so it reads "content/…".</summary>
    public string DisplayPath(string fullPath) => Path.GetRelativePath(displayRoot, fullPath).Replace('\\', '/');

    public void Add(string fullPath, int line, string message) =>
        _errors.Add(new ContentError(DisplayPath(fullPath), Math.Max(line, 1), message));

    public IReadOnlyList<ContentError> Sorted() =>
        [.. _errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)];
}
