using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Content.Tests.ShippedContent;

/// <summary>
/// The word runs of a text, one per sentence or line, and their fingerprints: a list of names in the article's order
/// is a fact, but a run of eight words inside one sentence is that sentence copied.
/// </summary>
internal static partial class ArticleRuns
{
    /// <summary>Shared runs this long are copied sentences, not shared names or short phrases.</summary>
    public const int Length = 8;

    public static IEnumerable<string> Of(string text) =>
        SentenceBreak().Split(text.Replace('’', '\'').ToLowerInvariant())
            .Select(sentence => WordPattern().Matches(sentence).Select(m => m.Value).ToList())
            .SelectMany(words => Enumerable.Range(0, Math.Max(0, words.Count - Length + 1))
                .Select(i => string.Join(' ', words.Skip(i).Take(Length))));

    /// <summary>
    /// The first 64 bits of a run's SHA-256: enough to recognise the article's runs without the repository holding
    /// its words.
    /// </summary>
    public static string Fingerprint(string run) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run)).AsSpan(0, 8));

    /// <summary>The runs of a content text that the article also has, each once.</summary>
    public static IEnumerable<string> CopiedFrom(string contentText, Func<string, bool> isArticleRun) =>
        Of(contentText).Where(isArticleRun).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?;:\n]+\s*")]
    private static partial Regex SentenceBreak();
}
