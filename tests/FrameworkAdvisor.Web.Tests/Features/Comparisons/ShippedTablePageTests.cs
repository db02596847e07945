using System.Text;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Features.Comparisons;

/// <summary>
/// The shipped comparison's table page serves desk and phone from one markup: each aspect's cells once. A cached page
/// is sent as it is stored, so its uncompressed bytes are what serving it costs.
/// </summary>
public sealed class ShippedTablePageTests(ShippedSiteFactory site) : IClassFixture<ShippedSiteFactory>
{
    private const int BudgetBytes = 35_000;

    private static readonly Comparison Shipped = new ContentLoader(new MarkdownRenderer()).Load(TestPaths.ShippedContent).Content!.Comparisons[0];

    [Fact]
    public async Task Each_aspects_cells_appear_once_and_the_page_is_at_most_35_KB_uncompressed()
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(SitePaths.Comparison(Shipped.Slug));
        var body = await response.Content.ReadAsByteArrayAsync();
        var html = Encoding.UTF8.GetString(body);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.NotEmpty(Shipped.Aspects);
        var repeated = Shipped.Aspects
            .SelectMany(aspect => aspect.Takes.Select(take => (Cell: $"{aspect.Slug}/{take.FrameworkSlug}", Count: Occurrences(html, take.CellHtml))))
            .Where(x => x.Count != 1)
            .Select(x => $"{x.Cell} appears {x.Count} times")
            .ToList();
        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
        Assert.True(body.Length <= BudgetBytes, $"the table page is {body.Length:N0} bytes, over {BudgetBytes:N0}");
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
