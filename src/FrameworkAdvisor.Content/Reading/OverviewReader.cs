namespace FrameworkAdvisor.Content;

/// <summary>What _index.md says about the comparison as a whole; <see cref="Updated"/> is null when it is missing or invalid.</summary>
internal sealed record Overview(string Title, string Summary, DateOnly? Updated, int Weight, string Html);

/// <summary>Reads _index.md, the comparison's own page, once <see cref="ComparisonReader"/> has taken its slug from it.</summary>
internal sealed class OverviewReader(ReadingContext comparison)
{
    private string PagePath => SitePaths.Comparison(comparison.Slug);

    /// <summary>Null when the comparison's page is already taken: then all its pages would clash, and one error says it all.</summary>
    public Overview? Read(ContentFile index)
    {
        var fm = index.FrontMatter;
        var (title, summary, keywords) = index.Head();
        var updated = fm.RequiredDate("updated");
        var weight = fm.OptionalInteger("weight", 0);
        fm.ReportUnknownKeys();

        if (!comparison.Pages.Register(PagePath, PageKind.Comparison, index))
        {
            return null;
        }

        return new Overview(title, summary, updated, weight, comparison.Renderer.InspectAndRender(index, PagePath, title, summary, keywords));
    }

    /// <summary>
    /// The anchors the overview's template emits: a comparison-table row per aspect, the table and the overview.
    /// They follow the headings', in this order, because "did you mean" hints prefer the earliest of equal matches.
    /// </summary>
    public void AddTemplateAnchors(IReadOnlyList<Aspect> aspects) =>
        comparison.Pages.AddAnchors(PagePath, [.. aspects.Select(a => a.Slug), PageAnchors.ComparisonTable, PageAnchors.Overview]);
}
