using Microsoft.Data.Sqlite;

namespace FrameworkAdvisor.Store;

/// <summary>
/// The one place that owns the SQLite file and hands out connections to it.
/// Readers open short-lived read-only connections; an import replaces the file whole.
/// </summary>
public sealed class ContentDatabase(string databasePath)
{
    private readonly Lock _swap = new();
    private LiveContent _live = LiveContent.None;

    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    /// <summary>
    /// What is being served right now. Generation and version change together in one snapshot, so a cache key
    /// and an ETag taken from the same snapshot can never disagree about which content they describe.
    /// </summary>
    public LiveContent Live => Volatile.Read(ref _live);

    /// <summary>
    /// Goes up by one each time new content is swapped in, so anything computed from the content can tell that it
    /// is out of date without asking the database.
    /// </summary>
    public int Generation => Live.Generation;

    public SqliteConnection OpenReadOnly()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadOnly,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Moves a freshly built file over the live one. The rename is atomic on one file system, so a reader sees
    /// either the old database or the new one, never a half-built file. Pooled connections still point at the
    /// old file, so the pools are cleared and the next request opens the new one.
    /// </summary>
    public void SwapIn(string builtFile, string version, DateTimeOffset importedAt)
    {
        lock (_swap)
        {
            File.Move(builtFile, DatabasePath, overwrite: true);
            SqliteConnection.ClearAllPools();
            Volatile.Write(ref _live, new LiveContent(_live.Generation + 1, version, importedAt));
        }
    }
}

/// <summary>The content generation being served, its version (a hash of the content files) and when it was imported.</summary>
public sealed record LiveContent(int Generation, string Version, DateTimeOffset ImportedAt)
{
    /// <summary>Before the first import: generation 0 matches nothing that was built from content.</summary>
    public static readonly LiveContent None = new(0, "", DateTimeOffset.MinValue);
}
