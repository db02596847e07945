using FrameworkAdvisor.Recommendations;
namespace FrameworkAdvisor.Content;

/// <summary>
/// Gives each file the page it makes: its slug, checked against the one slug rule, and its place in the site index,
/// so two files can never make the same page.
/// </summary>
internal sealed class PageRegistration(SiteIndex site, ContentErrors errors)
{
    /// <summary>The file's 'slug' key, or <paramref name="fallback"/> (its file or folder name) when it sets none.</summary>
    public string SlugOf(ContentFile file, string fallback)
    {
        var slug = file.FrontMatter.OptionalText("slug") ?? fallback;
        if (!Slug.IsValid(slug))
        {
            errors.Add(file.Path, file.FrontMatter.LineOf("slug"),
                $"slug '{slug}' must be lower-case letters and digits joined by single hyphens (rename the file or set 'slug')");
        }

        return slug;
    }

    /// <summary>
    /// Registers the page a file makes. On a clash the error goes to whichever file set 'slug:' to cause it,
    /// since renaming that slug is the fix.
    /// </summary>
    public bool Register(string path, PageKind kind, ContentFile file)
    {
        var setsSlug = file.FrontMatter.Has("slug");
        var line = file.FrontMatter.LineOf("slug");
        if (site.TryRegister(path, kind, file.Path, line, setsSlug) is not { } clash)
        {
            return true;
        }

        var slug = path[(path.LastIndexOf('/') + 1)..];
        if (setsSlug || !clash.SetsSlug)
        {
            errors.Add(file.Path, line, $"duplicate {kind.Name} slug '{slug}': {errors.DisplayPath(clash.File)} already makes the page {path}");
        }
        else
        {
            errors.Add(clash.File, clash.Line, $"duplicate {kind.Name} slug '{slug}': {errors.DisplayPath(file.Path)} already makes the page {path}");
        }

        return false;
    }

    /// <summary>Anchors a page has besides its headings, such as those its template emits, so content may link to them.</summary>
    public void AddAnchors(string path, IEnumerable<string> anchors) => site.AddAnchors(path, anchors);
}
