using System.Diagnostics;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Features.Developers;

/// <summary>
/// The outside tools in tests/openapi-tools, the npm packages pinned there, which scripts/test.sh installs with npm ci.
/// Without them a test fails, saying so.
/// </summary>
internal static class OpenApiTools
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "openapi-tools");

    /// <summary>Runs a package's script with node, in tests/openapi-tools, and returns what it printed on each stream.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> RunPackageAsync(string script, params string[] arguments) =>
        RunAsync(Path.Combine(Folder, "node_modules", script), arguments);

    /// <summary>Runs a script of ours (a path inside tests/openapi-tools) with node.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, params string[] arguments)
    {
        var modules = Path.Combine(Folder, "node_modules");
        Assert.True(Directory.Exists(modules),
            $"The OpenAPI tools are missing ({modules}). Run `bash scripts/test.sh`, which runs `npm ci` in tests/openapi-tools.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Folder };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry or update checks from a test run.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["SCARF_ANALYTICS"] = "false";
        start.Environment["DO_NOT_TRACK"] = "1";

        try
        {
            return await SiteProcess.RunToExitAsync(start, Limit, script);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new Xunit.Sdk.XunitException("node is not installed; the OpenAPI tool tests need Node.js (see scripts/test.sh).");
        }
    }
}
