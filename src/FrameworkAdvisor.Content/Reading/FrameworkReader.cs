namespace FrameworkAdvisor.Content;

/// <summary>Reads frameworks/*.md: one page per compared framework, in weight order.</summary>
internal sealed class FrameworkReader(ReadingContext comparison)
{
    public List<FrameworkPage> Read()
    {
        var frameworks = new List<(FrameworkPage Page, ContentFile File)>();
        foreach (var file in comparison.Folder.FilesIn("frameworks"))
        {
            var (slug, title, summary, keywords, weight) = ListedPageHeader.Read(file, comparison.Pages);
            var colour = FrameworkColourCheck.Read(file, "colour", ThemePalette.LightBackgrounds, "light", comparison.Errors);
            var colourDark = FrameworkColourCheck.Read(file, "colour_dark", ThemePalette.DarkBackgrounds, "dark", comparison.Errors);
            file.FrontMatter.ReportUnknownKeys();

            var path = SitePaths.Framework(comparison.Slug, slug);
            if (!comparison.Pages.Register(path, PageKind.Framework, file))
            {
                continue;
            }

            var (intro, sections) = comparison.Renderer.InspectAndRenderSections(file, path, title, summary, keywords);
            comparison.Pages.AddAnchors(path, [PageAnchors.AtAGlance, PageAnchors.RecommendedWhen, PageAnchors.ChooseItIf]);
            frameworks.Add((new FrameworkPage(slug, title, summary, weight, intro, sections, colour ?? "", colourDark ?? ""), file));
        }

        if (frameworks.All(f => f.Page.Colour.Length > 0 && f.Page.ColourDark.Length > 0))
        {
            FrameworkColourCheck.ReportLookalikes(frameworks, comparison.Errors);
        }

        return [.. frameworks.Select(f => f.Page).OrderBy(f => f.Weight).ThenBy(f => f.Title, StringComparer.Ordinal)];
    }
}
