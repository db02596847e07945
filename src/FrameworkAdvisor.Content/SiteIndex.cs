namespace FrameworkAdvisor.Content;

/// <summary>
/// Every page the content will produce, with the anchors on it, and every internal link found while loading.
/// Links are only collected here; <see cref="LinkCheck"/> checks them once all files are read, so a link may point
/// at a page defined later.
/// </summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, IndexedPage> _pages = new(StringComparer.Ordinal) { [SitePaths.Home] = new(PageKind.Home, "", 0, false) };
    private readonly List<PendingLink> _links = [];

    public sealed record IndexedPage(PageKind Kind, string File, int Line, bool SetsSlug)
    {
        public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);
    }

    public sealed record PendingLink(string File, int Line, string FromPath, string Href);

    public IEnumerable<string> Paths => _pages.Keys;

    public IReadOnlyList<PendingLink> Links => _links;

    /// <summary>Registers a page; returns the page already at that path if there is one.</summary>
    public IndexedPage? TryRegister(string path, PageKind kind, string file, int line, bool setsSlug)
    {
        if (_pages.TryGetValue(path, out var existing))
        {
            return existing;
        }

        _pages[path] = new IndexedPage(kind, file, line, setsSlug);
        return null;
    }

    public IndexedPage? PageAt(string path) => _pages.GetValueOrDefault(path);

    public void AddAnchors(string path, IEnumerable<string> anchors)
    {
        if (_pages.TryGetValue(path, out var page))
        {
            page.Anchors.UnionWith(anchors);
        }
    }

    public void AddLink(string file, int line, string fromPath, string href) => _links.Add(new PendingLink(file, line, fromPath, href));
}
