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
        var store = new Store.ComparisonStore(database);
        builder.Build(Load());
        Assert.Equal("Small and friendly.", store.GetTable(store.FindComparison("trio")!).Rows[2].CellsHtml[0]);

        _content.Replace("compare/trio/aspects/community.md", "Small and friendly.", "Small but helpful.");
        var summary = builder.Build(Load());

        Assert.Equal("Small but helpful.", store.GetTable(store.FindComparison("trio")!).Rows[2].CellsHtml[0]);
        Assert.Equal(summary.Version, store.CurrentImport()!.Version);
        Assert.Equal(["content.db"], Directory.GetFiles(_directory.Path).Select(Path.GetFileName));
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
