using System.Text.Json;

namespace FrameworkAdvisor.Web.Tests.Features.Developers;

/// <summary>
/// The served OpenAPI document as outside tools see it: Redocly's recommended rules and Spectral's spectral:oas rules
/// report nothing (what they report that is right for this API is turned off, with the reason, in tests/openapi-tools).
/// <see cref="GeneratedClientTests"/> generates a client from it and calls the site with it.
/// </summary>
public sealed class OpenApiToolTests : IClassFixture<OpenApiToolTests.ServedDocument>
{
    [Fact]
    public async Task Redocly_recommended_rules_find_no_error_and_no_warning()
    {
        var (exitCode, output, _) = await OpenApiTools.RunPackageAsync("@redocly/cli/bin/cli.js", "lint", "--format=json", ServedDocument.RelativePath);

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
        var (exitCode, output, _) = await OpenApiTools.RunPackageAsync("@stoplight/spectral-cli/dist/index.js", "lint", "--format=json", "--fail-severity=hint", ServedDocument.RelativePath);

        // Spectral follows the JSON with a line of prose on the same stream.
        var problems = JsonDocument.Parse(output[..(output.LastIndexOf(']') + 1)]).RootElement;
        Assert.True(problems.GetArrayLength() == 0 && exitCode == 0, $"Spectral: {problems}");
    }

    /// <summary>The document as the site serves it, written where the tools' configurations expect it.</summary>
    public sealed class ServedDocument : IAsyncLifetime, IDisposable
    {
        public const string RelativePath = "served/openapi.json";

        private readonly DeployedSite _site = new();

        public HttpClient Client => _site.CreateClient();

        public async Task InitializeAsync()
        {
            var document = Path.Combine(OpenApiTools.Folder, RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(document)!);
            await File.WriteAllTextAsync(document, await Client.GetStringAsync("/openapi/v1.json"));
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
