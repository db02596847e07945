using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Store.Tests.ComparisonStore;

/// <summary>The database is built in a fresh file and swapped in whole.</summary>
public sealed class ContentDatabaseBuilderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();

    public void Dispose()
    {
        _directory.Dispose();
        _content.Dispose();
    }

    [Fact]
    public void Rebuilding_swaps_in_the_new_content_and_leaves_no_half_built_files()
    {
        var database = new ContentDatabase(_directory.File("content.db"));
        var builder = new ContentDatabaseBuilder(database, TimeProvider.System);
        builder.Build(Load());
        using (var before = new Store.ComparisonStore(database))
        {
            Assert.Equal("Small and friendly.", before.GetTable(before.FindComparison("trio")!).Rows[2].CellsHtml[0]);
        }

        _content.Replace("compare/trio/aspects/community.md", "Small and friendly.", "Small but helpful.");
        var summary = builder.Build(Load());

        // The connection the first reading used went back to the pool; the next reading must not get the old file.
        using var after = new Store.ComparisonStore(database);
        Assert.Equal("Small but helpful.", after.GetTable(after.FindComparison("trio")!).Rows[2].CellsHtml[0]);
        Assert.Equal(summary.Version, after.CurrentImport()!.Version);
        Assert.Equal(["content.db"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void One_reading_sees_one_content_version_even_when_a_swap_lands_between_its_queries()
    {
        var database = new ContentDatabase(_directory.File("content.db"));
        var builder = new ContentDatabaseBuilder(database, TimeProvider.System);
        var oldVersion = builder.Build(Load()).Version;
        using var page = new Store.ComparisonStore(database);
        var comparison = page.FindComparison("trio")!;

        _content.Replace("compare/trio/aspects/community.md", "Small and friendly.", "Small but helpful.");
        _content.Replace("compare/trio/aspects/community.md", "title: Community", "title: People");
        var newVersion = builder.Build(Load()).Version;

        // A page that began before the swap finishes with what it began with: no row from one version beside another.
        var table = page.GetTable(comparison);
        Assert.Equal(("Community", "Small and friendly."), (table.Rows[2].Aspect.Title, table.Rows[2].CellsHtml[0]));
        Assert.Equal(oldVersion, page.CurrentImport()!.Version);

        using var next = new Store.ComparisonStore(database);
        var newTable = next.GetTable(next.FindComparison("trio")!);
        Assert.Equal(("People", "Small but helpful."), (newTable.Rows[2].Aspect.Title, newTable.Rows[2].CellsHtml[0]));
        Assert.Equal(newVersion, next.CurrentImport()!.Version);
    }

    [Fact]
    public void A_reader_that_opened_the_old_file_keeps_a_consistent_view_during_a_swap()
    {
        var database = new ContentDatabase(_directory.File("content.db"));
        var builder = new ContentDatabaseBuilder(database, TimeProvider.System);
        builder.Build(Load());
        using var openBeforeSwap = database.OpenReadOnly();

        _content.Replace("compare/trio/aspects/community.md", "Small and friendly.", "Renamed.");
        builder.Build(Load());

        using var command = openBeforeSwap.CreateCommand();
        command.CommandText = "SELECT count(*) FROM aspect_take WHERE cell_html = 'Small and friendly.'";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    private ContentSet Load() => new ContentLoader(new MarkdownRenderer()).Load(_content.Directory).Content!;
}
