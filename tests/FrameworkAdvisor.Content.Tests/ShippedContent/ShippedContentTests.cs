using System.Text.RegularExpressions;
using FrameworkAdvisor.TestSupport;
using static FrameworkAdvisor.Content.Tests.ContentLoader.LoaderAssertions;

namespace FrameworkAdvisor.Content.Tests.ShippedContent;

/// <summary>The content in the repository: valid, complete, in our own words, and the only place frameworks are named.</summary>
public sealed partial class ShippedContentTests
{
    /// <summary>Shared runs this long are copied sentences, not shared names or short phrases.</summary>
    private const int CopiedRunLength = 8;

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

    [Fact]
    public void Shipped_content_does_not_copy_the_articles_sentences()
    {
        var articleRuns = Runs(File.ReadAllText(TestPaths.SourceArticle)).ToHashSet(StringComparer.Ordinal);

        var copied = ContentFiles()
            .SelectMany(file => Runs(File.ReadAllText(file))
                .Where(articleRuns.Contains)
                .Select(run => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, file)}: \"{run}\""))
            .ToList();

        Assert.True(copied.Count == 0, "runs of the article's own words:\n" + string.Join("\n", copied.Distinct()));
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

    /// <summary>
    /// The word runs of a text, one per sentence or line: a list of names in the article's order is a fact, but a
    /// run of eight words inside one sentence is that sentence copied.
    /// </summary>
    private static IEnumerable<List<string>> Sentences(string text) =>
        SentenceBreak().Split(text.Replace('’', '\'').ToLowerInvariant())
            .Select(sentence => WordPattern().Matches(sentence).Select(m => m.Value).ToList());

    private static IEnumerable<string> Runs(string text) =>
        Sentences(text).SelectMany(words => Enumerable.Range(0, Math.Max(0, words.Count - CopiedRunLength + 1))
            .Select(i => string.Join(' ', words.Skip(i).Take(CopiedRunLength))));

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?;:\n]+\s*")]
    private static partial Regex SentenceBreak();
}
