using Dapper;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Store.Tests;

/// <summary>The SQLite the store really loads, asked through the store's own connection.</summary>
public sealed class SqliteEngineTests : IDisposable
{
    /// <summary>The first release with the fix for CVE-2025-6965 (memory corruption through aggregate queries).</summary>
    private static readonly Version PatchedSqlite = new(3, 50, 2);

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void The_bundled_sqlite_is_at_least_the_release_that_fixed_CVE_2025_6965()
    {
        using var connection = BuiltDatabase().OpenReadOnly();

        var version = Version.Parse(connection.ExecuteScalar<string>("SELECT sqlite_version()")!);

        Assert.True(version >= PatchedSqlite, $"SQLite {version} is older than {PatchedSqlite}");
    }

    [Fact]
    public void The_bundled_sqlite_has_the_full_text_engine_search_needs()
    {
        using var connection = BuiltDatabase().OpenReadOnly();

        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT sqlite_compileoption_used('ENABLE_FTS5')"));
    }

    private ContentDatabase BuiltDatabase()
    {
        var database = new ContentDatabase(_directory.File("content.db"));
        new ContentDatabaseBuilder(database, TimeProvider.System).Build(new ContentLoader(new MarkdownRenderer()).Load(TestPaths.FixtureContent).Content!);
        return database;
    }
}
