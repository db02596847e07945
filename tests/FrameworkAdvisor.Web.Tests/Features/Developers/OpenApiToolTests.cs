using System.Diagnostics;
using System.Text.Json;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Features.Developers;

/// <summary>
/// The served OpenAPI document as outside tools see it: Redocly's recommended rules and Spectral's spectral:oas rules
/// report nothing (what they report that is right for this API is turned off, with the reason, in tests/openapi-tools),
/// and the TypeScript client openapi-typescript generates from it compiles, with a file that calls every operation.
/// The tools are the npm packages pinned in tests/openapi-tools, which scripts/test.sh installs; without them these
/// tests fail, saying so.
/// </summary>
public sealed class OpenApiToolTests(OpenApiToolTests.ServedDocument served) : IClassFixture<OpenApiToolTests.ServedDocument>
{
    [Fact]
    public async Task Redocly_recommended_rules_find_no_error_and_no_warning()
    {
        var (exitCode, output, _) = await ServedDocument.RunAsync("@redocly/cli/bin/cli.js", "lint", "--format=json", ServedDocument.RelativePath);

        var report = JsonDocument.Parse(output).RootElement;
        var totals = report.GetProperty("totals");
        Assert.True(
            totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0,
            $"Redocly: {report.GetProperty("problems")}");
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Spectral_oas_rules_find_nothing_at_any_severity()
    {
        var (exitCode, output, _) = await ServedDocument.RunAsync("@stoplight/spectral-cli/dist/index.js", "lint", "--format=json", "--fail-severity=hint", ServedDocument.RelativePath);

        // Spectral follows the JSON with a line of prose on the same stream.
        var problems = JsonDocument.Parse(output[..(output.LastIndexOf(']') + 1)]).RootElement;
        Assert.True(problems.GetArrayLength() == 0 && exitCode == 0, $"Spectral: {problems}");
    }

    [Fact]
    public async Task A_typescript_client_generated_from_the_document_compiles_with_a_call_to_every_operation()
    {
        var generated = await ServedDocument.RunAsync("openapi-typescript/bin/cli.js", ServedDocument.RelativePath, "--output", "generated/api.d.ts");
        Assert.True(generated.ExitCode == 0, $"openapi-typescript: {generated.Output}{generated.Errors}");

        // client-check.ts posts the README's own body, reads the enums and the errors, and has the compiler refuse an
        // unknown importance and a search without q.
        var compiled = await ServedDocument.RunAsync("typescript/bin/tsc", "--project", "tsconfig.json");

        Assert.True(compiled.ExitCode == 0, $"tsc: {compiled.Output}{compiled.Errors}");
        var calls = await File.ReadAllTextAsync(Path.Combine(ServedDocument.Tools, "client-check.ts"));
        var operations = (await ServedApiDocument.FetchAsync(served.Client)).Responses.Select(r => r.Operation).Distinct();
        Assert.All(operations, operation => Assert.Contains(
            $"client.{operation.Split(' ')[0]}(\"{operation.Split(' ')[1]}\"", calls, StringComparison.Ordinal));
    }

    /// <summary>The document as the site serves it, written where the tools' configurations expect it.</summary>
    public sealed class ServedDocument : IAsyncLifetime, IDisposable
    {
        public const string RelativePath = "served/openapi.json";

        private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

        private readonly DeployedSite _site = new();

        public static string Tools { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "openapi-tools");

        public HttpClient Client => _site.CreateClient();

        public async Task InitializeAsync()
        {
            var modules = Path.Combine(Tools, "node_modules");
            Assert.True(Directory.Exists(modules),
                $"The OpenAPI tools are missing ({modules}). Run `bash scripts/test.sh`, which runs `npm ci` in tests/openapi-tools.");
            var document = Path.Combine(Tools, RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(document)!);
            await File.WriteAllTextAsync(document, await Client.GetStringAsync("/openapi/v1.json"));
        }

        /// <summary>Runs a package's script with node, in tests/openapi-tools, and returns what it printed on each stream.</summary>
        public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, params string[] arguments)
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = Tools };
            start.ArgumentList.Add(Path.Combine(Tools, "node_modules", script));
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

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _site.Dispose();

        /// <summary>A site with its public origin set, as deployed: Redocly warns of a server at localhost.</summary>
        private sealed class DeployedSite : SiteFactory
        {
            protected override IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>
            {
                ["Site:PublicOrigin"] = "https://advisor.test",
            };
        }
    }
}
