namespace FrameworkAdvisor.Store.Search;

/// <summary>
/// What a visitor typed, reduced to words. The visitor's text never reaches FTS5's query language: only these words
/// do, each inside double quotes (where AND, OR, NOT, NEAR, *, -, ^, parentheses and column names are plain text), and
/// the whole expression is bound as a parameter.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>Enough for any real question; the rest of a pasted paragraph is ignored, not an error.</summary>
    public const int MaxWords = 8;

    /// <summary>The longest word in the content is far shorter; this keeps "did you mean" cheap on nonsense.</summary>
    public const int MaxWordLength = 40;

    /// <summary>Words this long or longer also match as prefixes, so "adm" finds admin; shorter ones only as words.</summary>
    private const int PrefixFrom = 3;

    private SearchQuery(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>The words the search used, as one might type them again.</summary>
    public string Text => string.Join(' ', Words);

    public static SearchQuery Parse(string? text) =>
        new([.. SearchText.Words(text ?? "").Where(w => w.Length <= MaxWordLength && w.Any(char.IsLetterOrDigit)).Distinct(StringComparer.Ordinal).Take(MaxWords)]);

    internal static SearchQuery Of(IEnumerable<string> words) => new([.. words]);

    /// <summary>Every word must match (as a word or, from three letters, as a prefix).</summary>
    internal string MatchAll => string.Join(" AND ", Words.Select(Match));

    /// <summary>Any word may match; pages with more of them rank higher.</summary>
    internal string MatchAny => string.Join(" OR ", Words.Select(Match));

    /// <summary>
    /// A word and its prefix form together: a page with the whole word matches both and so ranks above one that only
    /// has a longer word starting with it.
    /// </summary>
    private static string Match(string word) => word.Length >= PrefixFrom ? $"(\"{word}\" OR \"{word}\"*)" : $"\"{word}\"";

    public bool Equals(SearchQuery? other) => other is not null && Words.SequenceEqual(other.Words, StringComparer.Ordinal);

    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);
}
