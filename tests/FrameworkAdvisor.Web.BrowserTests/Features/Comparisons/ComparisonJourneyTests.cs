using FrameworkAdvisor.Content;
using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Features.Comparisons;

[Collection(BrowserSuiteDefinition.Name)]
public sealed class ComparisonJourneyTests(BrowserSuite suite)
{
    [Fact]
    public async Task A_visitor_goes_from_the_table_to_an_aspect_and_on_to_a_framework_by_following_links()
    {
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoOkAsync(SitePaths.Comparison(suite.Comparison.Slug));
        Assert.Equal(suite.Comparison.Title, await page.Locator("h1").InnerTextAsync());
        var frameworkColumns = await page.Locator("table.comparison thead th a").AllInnerTextsAsync();
        Assert.Equal(suite.Comparison.Frameworks.Select(f => f.Title), frameworkColumns);

        // An aspect from the middle of the table, so the journey does not depend on the first row alone.
        var aspectLinks = page.Locator("table.comparison tbody th[scope=row] > a");
        var aspectLink = aspectLinks.Nth(await aspectLinks.CountAsync() / 2);
        var aspectTitle = await aspectLink.InnerTextAsync();
        var aspectHref = await aspectLink.GetAttributeAsync("href");
        await aspectLink.ClickAsync();

        await page.WaitForURLAsync("**" + aspectHref);
        var aspect = suite.Comparison.Aspects.Single(a => SitePaths.Aspect(suite.Comparison.Slug, a.Slug) == aspectHref);
        Assert.Equal(aspectTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(aspect.Summary, await page.Locator(".lede").InnerTextAsync());
        Assert.Equal(frameworkColumns, await page.Locator(".take h2").AllInnerTextsAsync());

        var frameworkLink = page.Locator(".take h2 a").Last;
        var frameworkTitle = await frameworkLink.InnerTextAsync();
        await frameworkLink.ClickAsync();

        var framework = suite.Comparison.Frameworks.Single(f => f.Title == frameworkTitle);
        await page.WaitForURLAsync("**" + SitePaths.Framework(suite.Comparison.Slug, framework.Slug));
        Assert.Equal(frameworkTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(framework.Summary, await page.Locator(".lede").InnerTextAsync());
        // The framework's "at a glance" list leads back to the aspect the visitor came from.
        await Assertions.Expect(page.Locator(".glance dt a", new() { HasTextString = aspectTitle })).ToHaveCountAsync(1);
    }
}
