namespace FrameworkAdvisor.Content;

/// <summary>
/// Every link in the content must lead to a page of this site, and to an anchor on it if it names one; links to
/// other sites and mail addresses are left alone. Runs once every comparison is read.
/// </summary>
internal sealed class LinkCheck(SiteIndex site)
{
    public void Report(ContentErrors errors)
    {
        foreach (var link in site.Links)
        {
            if (Problem(link) is { } problem)
            {
                errors.Add(link.File, link.Line, problem);
            }
        }
    }

    private string? Problem(SiteIndex.PendingLink link)
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

        if (site.PageAt(path) is not { } page)
        {
            return UnknownPageMessage(href, path);
        }

        if (string.IsNullOrEmpty(anchor) || page.Anchors.Contains(anchor))
        {
            return null;
        }

        var hint = Suggestions.DidYouMean(anchor, page.Anchors);
        return page.Kind == PageKind.Recommendations
            ? $"link '{href}' points to unknown rule '{anchor}'{hint}"
            : $"link '{href}' points to anchor '#{anchor}', which is not on {path}{hint}";
    }

    private string UnknownPageMessage(string href, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is ["compare", var comparison, "aspects" or "frameworks", var slug])
        {
            var kind = (segments[2] == "aspects" ? PageKind.Aspect : PageKind.Framework).Name;
            var siblings = site.Paths
                .Where(p => p.StartsWith($"/compare/{comparison}/{segments[2]}/", StringComparison.Ordinal))
                .Select(p => p[(p.LastIndexOf('/') + 1)..]);
            return $"link '{href}' points to unknown {kind} '{slug}'{Suggestions.DidYouMean(slug, siblings)}";
        }

        if (segments is ["compare", var unknownComparison])
        {
            var known = site.Paths.Where(p => p.Count(c => c == '/') == 2 && p.StartsWith("/compare/", StringComparison.Ordinal))
                .Select(p => p["/compare/".Length..]);
            return $"link '{href}' points to unknown comparison '{unknownComparison}'{Suggestions.DidYouMean(unknownComparison, known)}";
        }

        return $"link '{href}' points to no page on this site{Suggestions.DidYouMean(path, site.Paths)}";
    }
}
