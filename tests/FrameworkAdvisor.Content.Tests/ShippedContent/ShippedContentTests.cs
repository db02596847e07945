using FrameworkAdvisor.TestSupport;
using static FrameworkAdvisor.Content.Tests.ContentLoader.LoaderAssertions;

namespace FrameworkAdvisor.Content.Tests.ShippedContent;

/// <summary>The content in the repository: valid, complete, in our own words, and the only place frameworks are named.</summary>
public sealed class ShippedContentTests
{
    private const string CommittedFingerprints = "committed fingerprints";

    private static readonly string[] SourceExtensions = [".cs", ".cshtml", ".css", ".js", ".json", ".sql", ".csproj", ".props"];

    [Fact]
    public void Shipped_content_validates_cleanly()
    {
        var content = LoadValid(TestPaths.ShippedContent);

        var comparison = Assert.Single(content.Comparisons);
        Assert.Equal(2, comparison.Frameworks.Count);
        Assert.True(comparison.Aspects.Count >= 22, $"expected every compared aspect, found {comparison.Aspects.Count}");
        Assert.Equal(7, comparison.Aspects.Count(a => a.InArticleTable));
        Assert.NotEmpty(comparison.EditorNotes);
    }

    [Fact]
    public void Source_code_never_names_a_framework_that_content_defines()
    {
        var names = LoadValid(TestPaths.ShippedContent).Comparisons
            .SelectMany(c => c.Frameworks)
            .SelectMany(f => new[] { f.Title, f.Slug })
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var sourceRoot = Path.Combine(TestPaths.RepositoryRoot, "src");

        var offenders = Directory.GetFiles(sourceRoot, "*", SearchOption.AllDirectories)
            .Where(file => SourceExtensions.Contains(Path.GetExtension(file)) && !IsBuildOutput(file))
            .SelectMany(file => names
                .Where(name => File.ReadAllText(file).Contains(name, StringComparison.OrdinalIgnoreCase))
                .Select(name => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, file)} names '{name}'"))
            .ToList();

        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
    }

    /// <summary>
    /// What the no-copying check compares content with: the committed fingerprints of the article always, and the
    /// article itself as well when ../shared/source holds it (named by its path), so a run shows which ran.
    /// </summary>
    public static TheoryData<string> ArticleSources()
    {
        var sources = new TheoryData<string> { CommittedFingerprints };
        if (TestPaths.SourceArticle is { } article)
        {
            sources.Add(Path.GetRelativePath(TestPaths.RepositoryRoot, article));
        }

        return sources;
    }

    [Theory]
    [MemberData(nameof(ArticleSources))]
    public void Shipped_content_does_not_copy_the_articles_sentences(string source)
    {
        var isArticleRun = ArticleRunTest(source);

        var copied = ContentFiles()
            .SelectMany(file => ArticleRuns.CopiedFrom(File.ReadAllText(file), isArticleRun)
                .Select(run => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, file)}: \"{run}\""))
            .ToList();

        Assert.True(copied.Count == 0, $"runs of the article's own words (checked against {source}):\n" + string.Join("\n", copied));
    }

    /// <summary>
    /// Against the article, the committed fingerprints must be exactly the article's; without it, they must at least
    /// have been made by today's run rule (the sample), so neither a new article nor a new rule leaves them behind.
    /// </summary>
    [Theory]
    [MemberData(nameof(ArticleSources))]
    public void Committed_article_fingerprints_are_current(string source)
    {
        var rewrite = $"rewrite it with the article in ../shared/source: {ArticleFingerprints.RewriteCommand}";
        if (source == CommittedFingerprints)
        {
            var committed = ArticleFingerprints.Read();
            Assert.True(committed.Fingerprints.Count > 0, $"{ArticleFingerprints.RelativePath} holds no fingerprints; {rewrite}");
            Assert.True(committed.Sample == ArticleFingerprints.Sample, $"{ArticleFingerprints.RelativePath} was made by another run rule; {rewrite}");
            return;
        }

        var expected = ArticleFingerprints.Of(File.ReadAllText(InRepository(source)));
        if (Environment.GetEnvironmentVariable(ArticleFingerprints.RewriteVariable) == "1")
        {
            ArticleFingerprints.Write(expected);
        }

        var fixture = ArticleFingerprints.Read();
        Assert.True(fixture.Fingerprints.SetEquals(expected) && fixture.Sample == ArticleFingerprints.Sample,
            $"{ArticleFingerprints.RelativePath} is not the article's ({fixture.Fingerprints.Except(expected).Count()} fingerprints " +
            $"too many, {expected.Except(fixture.Fingerprints).Count()} missing); {rewrite}");
    }

    [Fact]
    public void Copy_check_finds_a_copied_sentence_from_the_fingerprints_alone()
    {
        var fingerprints = ArticleFingerprints.Of("Our test article. The quick brown fox jumps over the lazy dog by the river bank!");
        const string content = """
            We learnt, as the article says, that the Quick Brown Fox jumps over the lazy dog by the river.
            A fox; a lazy dog; the river bank; the quick brown fox jumps: names in the article’s order are facts.
            """;

        var copied = ArticleRuns.CopiedFrom(content, run => fingerprints.Contains(ArticleRuns.Fingerprint(run)));

        Assert.Equal(["the quick brown fox jumps over the lazy", "quick brown fox jumps over the lazy dog",
            "brown fox jumps over the lazy dog by", "fox jumps over the lazy dog by the", "jumps over the lazy dog by the river"], copied);
    }

    /// <summary>
    /// Distinctive facts from every part of the article: its lists, table, feature sections and FAQ.
    /// If one disappears from content, a reader has lost something the article told them.
    /// </summary>
    [Theory]
    [InlineData("Werkzeug"), InlineData("Jinja"), InlineData("WSGI"), InlineData("micro-framework")]
    [InlineData("object-relational"), InlineData("template engine"), InlineData("regular expression"), InlineData("caching")]
    [InlineData("middleware"), InlineData("internationali"), InlineData("unit test"), InlineData("migration")]
    [InlineData("admin"), InlineData("RSS"), InlineData("Atom"), InlineData("sitemap"), InlineData("GIS")]
    [InlineData("development server"), InlineData("debugger"), InlineData("secure cookies"), InlineData("Unicode")]
    [InlineData("Google App Engine"), InlineData("ORM-agnostic"), InlineData("urls.py"), InlineData("decorator")]
    [InlineData("Instagram"), InlineData("Pinterest"), InlineData("Disqus"), InlineData("Dropbox"), InlineData("Spotify")]
    [InlineData("Washington Post"), InlineData("Washington Times"), InlineData("National Geographic"), InlineData("Mozilla")]
    [InlineData("Bitbucket"), InlineData("Nextdoor"), InlineData("LinkedIn"), InlineData("Public Broadcasting"), InlineData("Facebook")]
    [InlineData("4,000"), InlineData("PyPI"), InlineData("Software Foundation"), InlineData("code of conduct"), InlineData("diversity")]
    [InlineData("PHP"), InlineData("SEO"), InlineData("NoSQL"), InlineData("weather"), InlineData("social network")]
    [InlineData("portfolio"), InlineData("REST API"), InlineData("feedback form"), InlineData("blog"), InlineData("news portal")]
    [InlineData("versioning"), InlineData("browser API"), InlineData("HTTP-Auth"), InlineData("news publications")]
    [InlineData("spoon"), InlineData("Model-View-Controller"), InlineData("data scien"), InlineData("pipelin")]
    [InlineData("hash"), InlineData("email"), InlineData("forms"), InlineData("team"), InlineData("open source")]
    public void Shipped_content_carries_the_articles_facts(string fact)
    {
        var allContent = string.Join("\n", ContentFiles().Select(File.ReadAllText));

        Assert.True(allContent.Contains(fact, StringComparison.OrdinalIgnoreCase), $"no content file mentions '{fact}'");
    }

    private static string[] ContentFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.ShippedContent, "compare"), "*.md", SearchOption.AllDirectories);

    private static bool IsBuildOutput(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ||
        file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    /// <summary>Whether a run is the article's: by its fingerprint in the committed file, or as words in the article.</summary>
    private static Func<string, bool> ArticleRunTest(string source)
    {
        if (source == CommittedFingerprints)
        {
            var fingerprints = ArticleFingerprints.Read().Fingerprints;
            return run => fingerprints.Contains(ArticleRuns.Fingerprint(run));
        }

        return ArticleRuns.Of(File.ReadAllText(InRepository(source))).ToHashSet(StringComparer.Ordinal).Contains;
    }

    private static string InRepository(string relativePath) => Path.GetFullPath(Path.Combine(TestPaths.RepositoryRoot, relativePath));
}
