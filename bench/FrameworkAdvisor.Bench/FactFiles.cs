namespace FrameworkAdvisor.Bench;

/// <summary>
/// Facts passed between bench/run.sh and this project, one value per file, so the script reads and writes them with
/// <c>$(&lt;file)</c> and <c>&gt;file</c> and never has to parse anything.
/// </summary>
internal static class FactFiles
{
    public static string Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path)
            ? File.ReadAllText(path).TrimEnd('\n')
            : throw new BenchFailedException($"{path} is missing");
    }

    public static void Write(string folder, string name, string value) =>
        File.WriteAllText(Path.Combine(folder, name), value);
}
