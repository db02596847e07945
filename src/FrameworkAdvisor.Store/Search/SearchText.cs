using System.Globalization;
using System.Text;

namespace FrameworkAdvisor.Store.Search;

/// <summary>
/// Plain text for the search index, and the one word rule that both the index's vocabulary and a visitor's query
/// are split by.
/// </summary>
internal static class SearchText
{
    /// <summary>Collapses whitespace and drops control characters, so the snippet markers can never occur in indexed text.</summary>
    public static string Clean(string? text) =>
        string.Join(' ', string.Concat((text ?? "").Select(c => char.IsControl(c) ? ' ' : c)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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
}
