namespace FrameworkAdvisor.Content;

/// <summary>
/// Reads one folder compare/&lt;slug&gt;/ into a <see cref="Comparison"/>, reporting every problem it finds.
/// <paramref name="texts"/> holds every content file, already read, by full path. This class only sets the order:
/// one reader per kind of file, each handed what it depends on, then the checks that look across files.
/// </summary>
internal sealed class ComparisonReader(
    string folder, IReadOnlyDictionary<string, string> texts, MarkdownRenderer markdown, ContentErrors errors, SiteIndex site)
{
    public Comparison? Read()
    {
        var files = new ComparisonFolder(folder, texts, markdown, errors);
        if (files.ReadIndex() is not { } index)
        {
            return null;
        }

        // The overview names the comparison, and every page's path starts with that name.
        var pages = new PageRegistration(site, errors);
        var renderer = new PageRenderer(markdown, errors, site);
        var comparison = new ReadingContext(pages.SlugOf(index, files.Name), files, pages, renderer, markdown, errors);
        var overviewReader = new OverviewReader(comparison);
        if (overviewReader.Read(index) is not { } overview)
        {
            return null;
        }

        // This order is the order of the comparison's editor's notes; each reader is handed what it needs from earlier ones.
        var frameworks = new FrameworkReader(comparison).Read();
        var aspects = new AspectReader(comparison).Read(frameworks);
        overviewReader.AddTemplateAnchors(aspects);
        var faq = new FaqReader(comparison).Read();
        var recommendations = new RuleReader(comparison).Read(frameworks);
        var rules = recommendations?.Rules ?? [];
        var sources = new TextPageReader(comparison).Read("sources.md", PageKind.Sources, PageAnchors.EditorNotes);
        var questionnaire = new QuestionnaireReader(comparison).Read(rules);

        if (questionnaire is not null)
        {
            new RuleReachabilityCheck(rules, questionnaire).Report(errors);
            new ShareLinkLengthCheck(comparison.Slug, questionnaire).Report(errors);
        }

        new MinimumContentCheck(index, frameworks, aspects).Report(errors);

        if (faq is null || recommendations is null || sources is null || overview.Updated is null)
        {
            return null;
        }

        var slug = comparison.Slug;
        string[] pagePaths = [SitePaths.Comparison(slug), .. frameworks.Select(f => SitePaths.Framework(slug, f.Slug)),
            .. aspects.Select(a => SitePaths.Aspect(slug, a.Slug)), SitePaths.Faq(slug), SitePaths.Recommendations(slug), SitePaths.Chooser(slug), SitePaths.Sources(slug)];
        return new Comparison(slug, overview.Title, overview.Summary, overview.Updated.Value, overview.Weight, overview.Html,
            frameworks, aspects, faq, recommendations, sources, questionnaire?.Questionnaire, renderer.EditorNotes, renderer.SearchSections(pagePaths));
    }
}
