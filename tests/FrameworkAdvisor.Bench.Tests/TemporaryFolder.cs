namespace FrameworkAdvisor.Bench.Tests;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it when disposed.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("bench-tests-").FullName;

    /// <summary>A copy of a fixture folder, for code that writes beside what it reads.</summary>
    public static TemporaryFolder CopyOf(string source)
    {
        var folder = new TemporaryFolder();
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
