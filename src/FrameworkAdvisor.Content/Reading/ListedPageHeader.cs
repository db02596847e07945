namespace FrameworkAdvisor.Content;

/// <summary>The keys every framework and aspect file has: its slug (from the file name), title, summary and order.</summary>
internal sealed record ListedPageHeader(string Slug, string Title, string Summary, int Weight)
{
    public static ListedPageHeader Read(ContentFile file, PageRegistration pages)
    {
        var slug = pages.SlugOf(file, Path.GetFileNameWithoutExtension(file.Path));
        var (title, summary) = file.TitleAndSummary();
        return new ListedPageHeader(slug, title, summary, file.FrontMatter.OptionalInteger("weight", 0));
    }
}
