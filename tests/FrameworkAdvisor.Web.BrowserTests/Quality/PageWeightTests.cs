using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FrameworkAdvisor.Web.BrowserTests.Quality;

[Collection(BrowserSuiteDefinition.Name)]
public sealed class PageWeightTests(BrowserSuite suite, ITestOutputHelper output)
{
    /// <summary>The budget for one whole page load, HTML, CSS and JavaScript, as sent over the wire.</summary>
    private const int BudgetBytes = 30_000;

    [Fact]
    public async Task Every_page_loads_in_at_most_30_KB_as_transferred_with_the_browsers_own_compression()
    {
        var pages = await AuditedPages.ListAsync(suite);
        await using var context = await suite.NewContextAsync();
        var loads = await AuditedPages.VisitAsync(pages, context, async (page, audited) =>
        {
            var finished = new List<IRequest>();
            void OnFinished(object? sender, IRequest request) => finished.Add(request);
            page.RequestFinished += OnFinished;
            await page.GotoAsync(audited.Path, new() { WaitUntil = WaitUntilState.Load });
            page.RequestFinished -= OnFinished;

            var parts = new List<(string Path, long Bytes, string Encoding)>();
            foreach (var request in finished)
            {
                var sizes = await request.SizesAsync();
                var encoding = (await request.ResponseAsync())?.Headers.GetValueOrDefault("content-encoding") ?? "identity";
                parts.Add((new Uri(request.Url).AbsolutePath, sizes.ResponseBodySize + sizes.ResponseHeadersSize, encoding));
            }

            return (audited.Path, Total: parts.Sum(p => p.Bytes), Parts: parts);
        }, DisableCacheAsync);

        // Every load fetched the stylesheet, so no page was measured with a warm cache.
        Assert.All(loads, load => Assert.Contains(load.Parts, p => p.Path.EndsWith(".css", StringComparison.Ordinal) && p.Bytes > 0));

        var report = new StringBuilder();
        foreach (var load in loads)
        {
            report.AppendLine($"{load.Path}: {load.Total:N0} B = {string.Join(" + ", load.Parts.Select(p => $"{p.Path} {p.Bytes:N0} B ({p.Encoding})"))}");
        }

        // The sizes are worth seeing when the test passes too: they show how close each page is to the budget.
        output.WriteLine(report.ToString());
        var overBudget = loads.Where(l => l.Total > BudgetBytes).Select(l => l.Path).ToList();
        Assert.True(overBudget.Count == 0, $"{overBudget.Count} page(s) over {BudgetBytes:N0} bytes:{Environment.NewLine}{report}");
    }

    /// <summary>Each tab loads every page as a first visit would: DevTools' "disable cache", per tab.</summary>
    private static async Task DisableCacheAsync(IPage tab)
    {
        var devTools = await tab.Context.NewCDPSessionAsync(tab);
        await devTools.SendAsync("Network.enable");
        await devTools.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
    }
}
