namespace FrameworkAdvisor.TestSupport;

/// <summary>Where the fixtures, the repository and its shipped content are.</summary>
public static class TestPaths
{
    /// <summary>The valid fixture: a three-subject comparison ("trio") and a two-subject one ("duo").</summary>
    public static string FixtureContent => Path.Combine(AppContext.BaseDirectory, "fixtures", "content");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ShippedContent => Path.Combine(RepositoryRoot, "content");

    /// <summary>
    /// The article the content is written from: the one *-article.txt in ../shared/source, or null when there is none
    /// (a clone with nothing beside it). Found by pattern, so the code names no framework.
    /// </summary>
    public static string? SourceArticle
    {
        get
        {
            var folder = Path.Combine(RepositoryRoot, "..", "shared", "source");
            var articles = Directory.Exists(folder) ? Directory.GetFiles(folder, "*-article.txt") : [];
            return articles.Length <= 1
                ? articles.SingleOrDefault()
                : throw new InvalidOperationException($"expected at most one *-article.txt in {Path.GetFullPath(folder)}, found {articles.Length}");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FrameworkAdvisor.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FrameworkAdvisor.sln above {AppContext.BaseDirectory}");
    }
}
