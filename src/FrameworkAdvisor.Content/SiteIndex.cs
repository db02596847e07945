namespace FrameworkAdvisor.Content;

/// <summary>
/// Every page the content will produce, with the anchors on it, and every internal link found while loading.
/// Links are checked only after all files are read, so a link may point at a page defined later.
/// </summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, IndexedPage> _pages = new(StringComparer.Ordinal) { [SitePaths.Home] = new("home page", "", 0, false) };
    private readonly List<PendingLink> _links = [];

    public sealed record IndexedPage(string Kind, string File, int Line, bool SetsSlug)
    {
        public HashSet<string> Anchors { get; } = new(StringComparer.Ordinal);
    }

    private sealed record PendingLink(string File, int Line, string FromPath, string Href);

    /// <summary>Registers a page; returns the page already at that path if there is one.</summary>
    public IndexedPage? TryRegister(string path, string kind, string file, int line, bool setsSlug)
    {
        if (_pages.TryGetValue(path, out var existing))
        {
            return existing;
        }

        _pages[path] = new IndexedPage(kind, file, line, setsSlug);
        return null;
    }

    public void AddAnchors(string path, IEnumerable<string> anchors)
    {
        if (_pages.TryGetValue(path, out var page))
        {
            page.Anchors.UnionWith(anchors);
        }
    }

    public void AddLink(string file, int line, string fromPath, string href) => _links.Add(new PendingLink(file, line, fromPath, href));

    public void ValidateLinks(ContentErrors errors)
    {
        foreach (var link in _links)
        {
            if (Problem(link) is { } problem)
            {
                errors.Add(link.File, link.Line, problem);
            }
        }
    }

    private string? Problem(PendingLink link)
    {
        var href = link.Href;
        if (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
            href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
            href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!href.StartsWith('/') && !href.StartsWith('#'))
        {
            return $"link '{href}' must be a site path starting with '/' (for example /compare/…/aspects/…) or an '#anchor'";
        }

        var hashAt = href.IndexOf('#', StringComparison.Ordinal);
        var path = hashAt < 0 ? href : href[..hashAt];
        var anchor = hashAt < 0 ? null : href[(hashAt + 1)..];
        if (path.Length == 0)
        {
            path = link.FromPath;
        }

        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }

        if (!_pages.TryGetValue(path, out var page))
        {
            return UnknownPageMessage(href, path);
        }

        if (string.IsNullOrEmpty(anchor) || page.Anchors.Contains(anchor))
        {
            return null;
        }

        var hint = Suggestions.DidYouMean(anchor, page.Anchors);
        return page.Kind == "recommendations"
            ? $"link '{href}' points to unknown rule '{anchor}'{hint}"
            : $"link '{href}' points to anchor '#{anchor}', which is not on {path}{hint}";
    }

    private string UnknownPageMessage(string href, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["compare", var comparison, "aspects" or "frameworks", var slug])
        {
            var kind = segments[2] == "aspects" ? "aspect" : "framework";
            var siblings = _pages.Keys
                .Where(p => p.StartsWith($"/compare/{comparison}/{segments[2]}/", StringComparison.Ordinal))
                .Select(p => p[(p.LastIndexOf('/') + 1)..]);
            return $"link '{href}' points to unknown {kind} '{slug}'{Suggestions.DidYouMean(slug, siblings)}";
        }

        if (segments is ["compare", var unknownComparison])
        {
            var known = _pages.Keys.Where(p => p.Count(c => c == '/') == 2 && p.StartsWith("/compare/", StringComparison.Ordinal))
                .Select(p => p["/compare/".Length..]);
            return $"link '{href}' points to unknown comparison '{unknownComparison}'{Suggestions.DidYouMean(unknownComparison, known)}";
        }

        return $"link '{href}' points to no page on this site{Suggestions.DidYouMean(path, _pages.Keys)}";
    }
}
