using Microsoft.Data.Sqlite;

namespace FrameworkAdvisor.Store;

/// <summary>
/// The one place that owns the SQLite file and hands out connections to it.
/// Readers open short-lived read-only connections; an import replaces the file whole.
/// </summary>
public sealed class ContentDatabase(string databasePath)
{
    private int _generation;

    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    /// <summary>
    /// Goes up by one each time new content is swapped in, so anything computed from the content can tell that it
    /// is out of date without asking the database.
    /// </summary>
    public int Generation => Volatile.Read(ref _generation);

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
    public void SwapIn(string builtFile)
    {
        File.Move(builtFile, DatabasePath, overwrite: true);
        SqliteConnection.ClearAllPools();
        Interlocked.Increment(ref _generation);
    }
}
