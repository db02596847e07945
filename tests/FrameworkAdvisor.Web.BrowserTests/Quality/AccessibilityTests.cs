using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Quality;

/// <summary>
/// axe-core on every page, in light and dark, at desktop and phone widths, with a full-page screenshot of each
/// under artifacts/screenshots/ for a person to look at.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class AccessibilityTests(BrowserSuite suite)
{
    private static readonly int[] Widths = [1280, 375];

    private const string RunAxe = """
        async () => {
          const results = await axe.run(document, { resultTypes: ['violations'] });
          return results.violations.map(v => ({
            id: v.id, impact: v.impact || '', help: v.help, targets: v.nodes.map(n => n.target.join(' '))
          }));
        }
        """;

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Every_page_has_no_axe_violations(string scheme)
    {
        var pages = await AuditedPages.ListAsync(suite);
        // axe is injected as an init script of a context that ignores CSP: the site's own policy forbids any
        // script it did not serve, and this context exists only to run the audit.
        await using var context = await suite.NewContextAsync(new()
        {
            BypassCSP = true,
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        });
        await context.AddInitScriptAsync(scriptPath: BrowserSuite.AxePath);
        var findings = await AuditedPages.VisitAsync(pages, context, async (page, audited) =>
        {
            var found = new StringBuilder();
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                var response = await page.GotoAsync(audited.Path);
                Assert.Equal(audited.Status, response?.Status);

                var violations = (await page.EvaluateAsync<JsonElement>(RunAxe)).Deserialize<Violation[]>(JsonOptions)!;
                foreach (var violation in violations)
                {
                    found.AppendLine($"{audited.Path} at {width} px, {scheme}: {violation.Id} ({violation.Impact}) {violation.Help}");
                    foreach (var target in violation.Targets)
                    {
                        found.AppendLine($"    {target}");
                    }
                }

                // A viewport as tall as the page, not FullPage: Chromium's stitched full-page capture sometimes
                // repeated the top of long dark pages down the whole image.
                var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
                await page.SetViewportSizeAsync(width, Math.Clamp(height, 800, 16000));
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDirectory, $"{audited.Name}-{width}-{scheme}.png") });
            }

            return found.ToString();
        });
        var report = string.Concat(findings);

        Assert.True(report.Length == 0, $"axe found violations:{Environment.NewLine}{report}");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Violation(string Id, string Impact, string Help, string[] Targets);
}
