namespace FrameworkAdvisor.Web.Features.Cards;

/// <summary>
/// Where a page's picture card lives: under /cards, at the page's own path with ".png" added, and the page's query
/// (a result's answers) kept as it is. So a card's address is read straight off its page's, and back.
/// </summary>
public static class CardPaths
{
    public const string Prefix = "/cards";
    public const string Extension = ".png";

    /// <summary>The home page's path is "/", which has no name to add ".png" to.</summary>
    private const string HomeName = "/home";

    /// <summary>The card for a page path, which may carry a query: /compare/x/choose/result?a=b gives /cards/compare/x/choose/result.png?a=b.</summary>
    public static string For(string pagePathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pagePathAndQuery);
        var queryAt = pagePathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = queryAt < 0 ? pagePathAndQuery : pagePathAndQuery[..queryAt];
        var query = queryAt < 0 ? "" : pagePathAndQuery[queryAt..];
        return $"{Prefix}{(path == "/" ? HomeName : path)}{Extension}{query}";
    }

    /// <summary>The page path a card's path (without its query) stands for, or null when it is not a card's.</summary>
    public static string? PageOf(string cardPath)
    {
        ArgumentNullException.ThrowIfNull(cardPath);
        if (!cardPath.StartsWith(Prefix + "/", StringComparison.Ordinal) || !cardPath.EndsWith(Extension, StringComparison.Ordinal)
            || cardPath.Length <= Prefix.Length + Extension.Length + 1)
        {
            return null;
        }

        var page = cardPath[Prefix.Length..^Extension.Length];
        return page == HomeName ? "/" : page;
    }
}
