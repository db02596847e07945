namespace FrameworkAdvisor.Content;

/// <summary>
/// The keys every framework and aspect file has: its slug (from the file name), title, summary, search keywords and
/// order.
/// </summary>
internal sealed record ListedPageHeader(string Slug, string Title, string Summary, IReadOnlyList<string> Keywords, int Weight)
{
    public static ListedPageHeader Read(ContentFile file, PageRegistration pages)
    {
        var slug = pages.SlugOf(file, Path.GetFileNameWithoutExtension(file.Path));
        var (title, summary, keywords) = file.Head();
        return new ListedPageHeader(slug, title, summary, keywords, file.FrontMatter.OptionalInteger("weight", 0));
    }
}
