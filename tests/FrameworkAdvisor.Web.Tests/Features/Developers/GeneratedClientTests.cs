using System.Globalization;
using System.Text.Json;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Features.Developers;

/// <summary>
/// A TypeScript client generated with openapi-typescript from the document a running site serves (the site as its own
/// process, on Kestrel), compiled with tsc with no edits to the generated file, and run with node against the same
/// site: tests/openapi-tools/client-check.ts calls every operation with openapi-fetch, for its answers and its errors,
/// and checks the status, content type, security headers and typed fields it gets. Each of these tests reads that one
/// run.
/// </summary>
public sealed class GeneratedClientTests(GeneratedClientTests.ClientRun run) : IClassFixture<GeneratedClientTests.ClientRun>
{
    [Fact]
    public void The_generated_client_compiles_and_every_check_it_makes_on_the_site_holds()
    {
        Assert.True(run.Generated.ExitCode == 0, $"openapi-typescript: {run.Generated.Output}{run.Generated.Errors}");
        Assert.True(run.Compiled.ExitCode == 0, $"tsc: {run.Compiled.Output}{run.Compiled.Errors}");
        Assert.True(run.Ran.ExitCode == 0 && run.Failures.Count == 0,
            $"client-check.js exited {run.Ran.ExitCode}:\n{string.Join('\n', run.Failures)}\n{run.Ran.Errors}");
    }

    [Fact]
    public void Every_operation_in_the_document_is_called_by_the_client()
    {
        var called = run.Calls.Select(c => run.Document.OperationIds.GetValueOrDefault(c.Operation, $"{c.Operation} (not in the document)")).ToHashSet();

        var uncalled = run.Document.OperationIds.Values.Except(called).Order().ToList();
        var undocumented = called.Except(run.Document.OperationIds.Values).Order().ToList();
        Assert.True(uncalled.Count == 0, $"Not called: {string.Join(", ", uncalled)}; add each to everyOperation in tests/openapi-tools/client-check.ts.");
        Assert.True(undocumented.Count == 0, $"Called, but not in the document: {string.Join(", ", undocumented)}.");
    }

    [Fact]
    public void Every_documented_response_is_one_the_client_received()
    {
        var received = run.Calls.Select(c => (c.Operation, c.Status.ToString(CultureInfo.InvariantCulture))).ToHashSet();

        var missing = run.Document.Responses.Where(documented => !received.Contains(documented)).Select(r => $"{r.Operation} {r.Status}").ToList();
        Assert.True(missing.Count == 0, $"Documented, never received by the client: {string.Join(", ", missing)}");
    }

    /// <summary>The site started, the client generated, compiled and run once; what each step printed.</summary>
    public sealed class ClientRun : IAsyncLifetime, IDisposable
    {
        private readonly TemporaryDirectory _directory = new();

        public (int ExitCode, string Output, string Errors) Generated { get; private set; }

        public (int ExitCode, string Output, string Errors) Compiled { get; private set; }

        public (int ExitCode, string Output, string Errors) Ran { get; private set; }

        internal ServedApiDocument Document { get; private set; } = null!;

        /// <summary>Each request the client made: its operation as the document names it ("GET /api/search") and status.</summary>
        public IReadOnlyList<(string Operation, int Status)> Calls { get; private set; } = [];

        public IReadOnlyList<string> Failures { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await using var site = await RunningSiteProcess.StartAsync(TestPaths.FixtureContent, _directory.File("content.db"),
                new Dictionary<string, string> { ["RateLimiting__QueueLength"] = "0" });
            var documentUrl = new Uri(site.Origin, "/openapi/v1.json").ToString();
            using (var http = new HttpClient { BaseAddress = site.Origin })
            {
                Document = await ServedApiDocument.FetchAsync(http);
            }

            // As docs/api.md tells a developer to: from the served document, into a file nobody edits.
            Generated = await OpenApiTools.RunPackageAsync("openapi-typescript/bin/cli.js", documentUrl, "--output", "generated/api.d.ts");
            Compiled = await OpenApiTools.RunPackageAsync("typescript/bin/tsc", "--project", "tsconfig.json");
            if (Compiled.ExitCode != 0)
            {
                return;
            }

            Ran = await OpenApiTools.RunAsync("generated/js/client-check.js", site.Origin.ToString().TrimEnd('/'));
            var lastLine = Ran.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
            if (!lastLine.StartsWith('{'))
            {
                Failures = [$"no report from client-check.js: {Ran.Output}{Ran.Errors}"];
                return;
            }

            using var report = JsonDocument.Parse(lastLine);
            Calls = [.. report.RootElement.GetProperty("calls").EnumerateArray().Select(call => (
                $"{call.GetProperty("method").GetString()} {call.GetProperty("path").GetString()}",
                call.GetProperty("status").GetInt32()))];
            Failures = [.. report.RootElement.GetProperty("failures").EnumerateArray().Select(failure => failure.GetString()!)];
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _directory.Dispose();
    }
}
