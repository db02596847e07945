using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Content.Tests.ShippedContent;

/// <summary>
/// The committed fingerprints of the article's runs, so the no-copying check runs in a clone with nothing beside it.
/// The file also records the fingerprint of a sample sentence, so a change to the run rule that was not followed by
/// rewriting the file is caught even where the article is absent.
/// </summary>
internal static class ArticleFingerprints
{
    public const string RelativePath = "tests/FrameworkAdvisor.Content.Tests/fixtures/article-fingerprints.txt";

    /// <summary>Set to 1 (with the article beside the clone) to rewrite the file from the article.</summary>
    public const string RewriteVariable = "WRITE_ARTICLE_FINGERPRINTS";

    private const string SampleKey = "sample: ";

    // Capitals, a curly apostrophe and commas, in exactly one run.
    private const string SampleSentence = "Eight Words, it’s said, make one copied run.";

    public sealed record Fixture(string Sample, IReadOnlySet<string> Fingerprints);

    public static string FullPath => Path.Combine(TestPaths.RepositoryRoot, RelativePath);

    public static string RewriteCommand =>
        $"{RewriteVariable}=1 dotnet test tests/FrameworkAdvisor.Content.Tests --filter Committed_article_fingerprints_are_current";

    /// <summary>What today's run rule makes of the sample sentence.</summary>
    public static string Sample => string.Join(' ', ArticleRuns.Of(SampleSentence).Select(ArticleRuns.Fingerprint));

    public static HashSet<string> Of(string articleText) =>
        ArticleRuns.Of(articleText).Select(ArticleRuns.Fingerprint).ToHashSet(StringComparer.Ordinal);

    public static Fixture Read()
    {
        var lines = File.ReadAllLines(FullPath).Where(line => !line.StartsWith('#')).ToList();
        var sample = lines.FirstOrDefault(line => line.StartsWith(SampleKey, StringComparison.Ordinal))?[SampleKey.Length..] ?? "";
        return new Fixture(sample, lines.Where(line => !line.StartsWith(SampleKey, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Sorted, so the file keeps no trace of the article's order and a rewrite diffs cleanly.</summary>
    public static void Write(IEnumerable<string> fingerprints) =>
        File.WriteAllLines(FullPath, [
            "# Fingerprints of the source article for the no-copying check (ShippedContentTests): the first 64 bits of the",
            $"# SHA-256 of every run of {ArticleRuns.Length} words within one sentence, lower-cased, sorted; no article text.",
            "# With the article in ../shared/source, rewrite this file with:",
            $"#   {RewriteCommand}",
            SampleKey + Sample,
            .. fingerprints.Order(StringComparer.Ordinal),
        ]);
}
