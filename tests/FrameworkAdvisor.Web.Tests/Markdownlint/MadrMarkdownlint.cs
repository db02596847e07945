using System.Diagnostics;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Markdownlint;

/// <summary>
/// markdownlint-cli2 from npm (installed beside this file by scripts/test.sh) with MADR's own settings
/// (madr.markdownlint.yml), as a team that keeps MADR records would run it. A missing tool fails the test that needs
/// it, with the command that installs it: a lint that silently did not run would pass everything.
/// </summary>
internal static class MadrMarkdownlint
{
    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "FrameworkAdvisor.Web.Tests", "Markdownlint");

    private static string Cli => Path.Combine(Folder, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");

    /// <summary>Lints the files as they are named; returns every reported problem, or nothing when they all pass.</summary>
    public static async Task<string> LintAsync(IReadOnlyDictionary<string, string> filesByName)
    {
        if (!File.Exists(Cli))
        {
            throw new Xunit.Sdk.XunitException($"markdownlint-cli2 is not installed: run `npm ci` in {Folder} (scripts/test.sh does)");
        }

        using var directory = new TemporaryDirectory();
        foreach (var (name, text) in filesByName)
        {
            await File.WriteAllTextAsync(directory.File(name), text);
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Cli, "--config", Path.Combine(Folder, "madr.markdownlint.yml") }.Concat(filesByName.Keys))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new Xunit.Sdk.XunitException("node could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = (await output) + (await errors);
        Assert.True(report.Contains($"Linting: {filesByName.Count} file(s)", StringComparison.Ordinal), $"markdownlint-cli2 did not lint the records:\n{report}");
        return process.ExitCode == 0 ? "" : report;
    }
}
