using FrameworkAdvisor.Content;
using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Features.Comparisons;

/// <summary>
/// A framework's page: the list of when to choose it open, the article's account folded section by section, and the
/// contents leading into a folded section with or without script (the browser opens a closed section that holds a
/// link's target). On a desk the glance at every aspect is shown whole beside the rest.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class FrameworkPageTests(BrowserSuite suite)
{
    private FrameworkPage Framework => suite.Comparison.Frameworks[0];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_contents_link_opens_the_folded_section_it_points_to_with_or_without_script(bool javaScript)
    {
        await using var context = await suite.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 375, Height = 667 } });
        var page = await context.NewPageAsync();
        await page.GotoOkAsync(SitePaths.Framework(suite.Comparison.Slug, Framework.Slug));
        var toc = page.Locator(".toc a");
        var opened = page.Locator("details.page-section[open]");

        Assert.Superset(Framework.Sections.Select(s => s.Heading).ToHashSet(), (await toc.AllInnerTextsAsync()).ToHashSet());
        await Assertions.Expect(page.Locator($"#{PageAnchors.ChooseItIf} li").First).ToBeVisibleAsync();
        await Assertions.Expect(opened).ToHaveCountAsync(0);

        var last = Framework.Sections[^1];
        await page.Locator(".toc").GetByRole(AriaRole.Link, new() { Name = last.Heading, Exact = true }).ClickAsync();

        var body = page.Locator($"[id='{last.Anchor}']");
        await Assertions.Expect(body).ToBeVisibleAsync();
        await Assertions.Expect(body).ToBeInViewportAsync();
        await Assertions.Expect(opened).ToHaveCountAsync(1);
        // The section's heading shows above it, not scrolled away under the top of the screen.
        await Assertions.Expect(opened.Locator("summary")).ToBeInViewportAsync();
        Assert.Equal(last.Heading, await opened.Locator("summary h2").InnerTextAsync());
    }

    [Fact]
    public async Task On_a_desk_the_glance_at_every_aspect_shows_whole_beside_the_list_of_when_to_choose_it()
    {
        await using var context = await suite.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoOkAsync(SitePaths.Framework(suite.Comparison.Slug, Framework.Slug));

        var cells = page.Locator($"#{PageAnchors.AtAGlance} dd");
        await Assertions.Expect(cells).ToHaveCountAsync(suite.Comparison.Aspects.Count);
        await Assertions.Expect(cells.First).ToBeVisibleAsync();
        await Assertions.Expect(cells.Last).ToBeVisibleAsync();
        var glance = await page.Locator($"#{PageAnchors.AtAGlance}").BoundingBoxAsync();
        var rules = await page.Locator($"#{PageAnchors.ChooseItIf}").BoundingBoxAsync();
        Assert.True(glance!.X >= rules!.X + rules.Width, "the glance should sit to the right of the list of when to choose it");
    }
}
