using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.TestSupport;
using Xunit.Abstractions;

namespace FrameworkAdvisor.Store.Tests.Search;

/// <summary>The shipped content, built into a real database once for all the cases below.</summary>
public sealed class ShippedSearchIndex : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public ShippedSearchIndex()
    {
        Comparison = new ContentLoader(new MarkdownRenderer()).Load(TestPaths.ShippedContent).Content!;
        var database = new ContentDatabase(_directory.File("content.db"));
        new ContentDatabaseBuilder(database, TimeProvider.System).Build(Comparison);
        Search = new ContentSearch(database);
    }

    public ContentSet Comparison { get; }

    public ContentSearch Search { get; }

    public void Dispose() => _directory.Dispose();
}

/// <summary>
/// Queries a reader would type, against the shipped content: the page that answers each must come first, or in the
/// top three for broad words that many pages use. Expected pages are named by aspect, never by framework, so the
/// code stays free of framework names.
/// </summary>
public sealed class ShippedSearchRelevanceTests(ShippedSearchIndex index, ITestOutputHelper output) : IClassFixture<ShippedSearchIndex>
{
    /// <summary>Query, the page expected (a path under the comparison), and how high it must rank.</summary>
    public static TheoryData<string, string, int> Cases => new()
    {
        { "ORM", "aspects/database", 1 },
        { "admin", "aspects/admin", 1 },
        { "adm", "aspects/admin", 1 },
        { "NoSQL", "aspects/nosql", 1 },
        { "Pinterest", "aspects/websites", 3 },
        { "Instagram", "aspects/websites", 3 },
        { "templates", "aspects/templating", 1 },
        { "Jinja templates", "aspects/templating", 3 },
        { "SEO", "aspects/seo-urls", 1 },
        { "SQLAlchemy", "aspects/database", 1 },
        { "CSRF", "aspects/auth-security", 1 },
        { "learning curve", "aspects/learning-curve", 1 },
        { "scalable", "aspects/scalability", 1 },
        { "URL routing", "aspects/routing", 1 },
        { "migrations", "aspects/database", 3 },
        { "authentication", "aspects/auth-security", 3 },
        { "performance", "aspects/speed", 3 },
        { "REST API", "aspects/apis", 1 },
        { "community", "aspects/community", 1 },
        { "documentation", "aspects/documentation", 3 },
        { "MTV", "aspects/structure", 1 },
        { "beginner", "aspects/learning-curve", 3 },
        { "Pintrest", "aspects/websites", 3 },
        { "templatting", "aspects/templating", 1 },
        { "databse", "aspects/database", 3 },
        { "sqlalchmy", "aspects/database", 1 },
        { "jinja", "aspects/templating", 1 },
        { "Jinja2", "aspects/templating", 1 },
        { "admin panel", "aspects/admin", 1 },
        { "regex url", "aspects/routing", 1 },
        { "regular expression", "aspects/routing", 1 },
        { "orm", "aspects/database", 1 },
        { "login", "aspects/auth-security", 1 },
        { "MongoDB", "aspects/nosql", 1 },
        { "micro-framework", "frameworks/flask", 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_page_that_answers_a_readers_query_ranks_near_the_top(string query, string expected, int within)
    {
        var slug = index.Comparison.Comparisons[0].Slug;
        var expectedPath = $"{SitePaths.Comparison(slug)}/{expected}";

        var results = index.Search.Search(query);

        var pages = results.Pages.Select(p => p.Path).ToList();
        output.WriteLine($"{query} → {results.Searched.Text}: {string.Join(", ", results.Hits.Take(5).Select(h => h.Url))}");
        var rank = pages.IndexOf(expectedPath) + 1;
        Assert.True(rank is > 0 && rank <= within, $"'{query}': {expectedPath} ranks {(rank == 0 ? "nowhere" : rank)}, expected within {within}; top: {string.Join(", ", pages.Take(5))}");
    }
}
