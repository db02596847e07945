namespace FrameworkAdvisor.Content;

/// <summary>
/// A page's optional 'keywords': words readers type for it that its text does not use, such as a product's other
/// name or an abbreviation. They weigh like the page's title in search, so each is checked to be a word or two.
/// </summary>
internal static class SearchKeywords
{
    public const string Key = "keywords";

    /// <summary>A keyword is a search term, not a sentence: longer text would outweigh the page's own words.</summary>
    private const int MaxLength = 40;

    /// <summary>More than this and a page would be found for everything, which is the same as for nothing.</summary>
    private const int MaxCount = 12;

    public static IReadOnlyList<string> Read(FrontMatter frontMatter)
    {
        var items = frontMatter.OptionalTextList(Key);
        var keywords = new List<string>();
        foreach (var (keyword, line) in items)
        {
            if (keyword.Length > MaxLength)
            {
                frontMatter.Error(line, $"keyword '{keyword[..MaxLength]}…' is longer than {MaxLength} characters; a keyword is a word or two readers type");
            }
            else if (!keyword.Any(char.IsLetterOrDigit))
            {
                frontMatter.Error(line, $"keyword '{keyword}' has no letters or digits, so no search could ever match it");
            }
            else if (keywords.Contains(keyword, StringComparer.OrdinalIgnoreCase))
            {
                frontMatter.Error(line, $"keyword '{keyword}' is given twice");
            }
            else
            {
                keywords.Add(keyword);
            }
        }

        if (items.Count > MaxCount)
        {
            frontMatter.Error(frontMatter.LineOf(Key), $"'{Key}' has {items.Count} items; give at most {MaxCount}, the words readers really type for this page");
        }

        return keywords;
    }
}
