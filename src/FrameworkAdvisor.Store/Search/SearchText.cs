using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Store.Search;

/// <summary>
/// Plain text for the search index, and the one word rule that both the index's vocabulary and a visitor's query
/// are split by.
/// </summary>
internal static partial class SearchText
{
    /// <summary>
    /// The text of HTML that our own Markdown pipeline rendered (raw HTML is off there, so every tag is one it wrote
    /// and is well formed). This only extracts words for the index; it is never used to make HTML safe, and what it
    /// returns is escaped again wherever it is shown. Block tags become spaces so words either side stay apart;
    /// inline tags (links, emphasis, code) vanish, so "(<a>x</a>)" reads "(x)". Control characters go too, so the
    /// snippet markers can never occur in indexed text.
    /// </summary>
    public static string FromHtml(string? html) =>
        string.IsNullOrEmpty(html) ? "" : Clean(WebUtility.HtmlDecode(Tag().Replace(BlockTag().Replace(html, " "), "")));

    /// <summary>Collapses whitespace and drops control characters from text that was never HTML.</summary>
    public static string Clean(string? text) =>
        string.IsNullOrEmpty(text) ? "" : Whitespace().Replace(ControlCharacter().Replace(text, " "), " ").Trim();

    /// <summary>
    /// Lower-cased words: runs of letters, digits and the marks that combine with them, which is how SQLite's
    /// unicode61 tokenizer splits text too. Everything else (punctuation, quotes, operators, symbols, emoji) only
    /// separates words.
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordCharacter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</?(?:p|br|li|ul|ol|dl|dt|dd|h[1-6]|div|table|thead|tbody|tr|th|td|pre|blockquote|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\p{Cc}")]
    private static partial Regex ControlCharacter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
