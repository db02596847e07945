namespace FrameworkAdvisor.TestSupport;

/// <summary>
/// A throw-away copy of the valid fixture content that a test can break in one specific way.
/// Paths are relative to the content folder, e.g. "compare/trio/aspects/speed.md".
/// </summary>
public sealed class ContentFolder : IDisposable
{
    private readonly string _root;

    private ContentFolder(string root)
    {
        _root = root;
        Directory = Path.Combine(root, "content");
    }

    /// <summary>The content folder itself (named "content", as in the repository).</summary>
    public string Directory { get; }

    public static ContentFolder CopyOfFixture()
    {
        var folder = new ContentFolder(Path.Combine(Path.GetTempPath(), "fa-content-" + Guid.NewGuid().ToString("N")));
        CopyDirectory(TestPaths.FixtureContent, folder.Directory);
        return folder;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public ContentFolder Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Replaces text that must be present, so a fixture change cannot silently turn a test into a no-op.</summary>
    public ContentFolder Replace(string relativePath, string oldText, string newText)
    {
        var path = PathOf(relativePath);
        var text = File.ReadAllText(path);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' is not in {relativePath}");
        }

        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
        return this;
    }

    /// <summary>
    /// Replaces a file with a named pipe, so an import that reads it blocks until the test writes text into the pipe
    /// (the import's "while it runs" made to last). Returns the file's text, to write when the test is ready.
    /// </summary>
    public async Task<string> HoldAsync(string relativePath)
    {
        var path = PathOf(relativePath);
        var text = await File.ReadAllTextAsync(path);
        File.Delete(path);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        await mkfifo.WaitForExitAsync();
        return text;
    }

    public ContentFolder Delete(string relativePath)
    {
        File.Delete(PathOf(relativePath));
        return this;
    }

    /// <summary>The 1-based line of the first line containing <paramref name="text"/>, to assert reported lines.</summary>
    public int LineOf(string relativePath, string text)
    {
        var lines = File.ReadAllLines(PathOf(relativePath));
        var index = Array.FindIndex(lines, line => line.Contains(text, StringComparison.Ordinal));
        return index < 0 ? throw new InvalidOperationException($"'{text}' is not in {relativePath}") : index + 1;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root))
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
