using System.Globalization;
using FrameworkAdvisor.Content;
using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Quality;

/// <summary>
/// What a designer checks by eye, checked by the browser: the first screen on a phone, the header's height, one
/// column that nothing sticks out of, and each framework in its own colour wherever it is drawn.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class LayoutTests(BrowserSuite suite)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 667 };

    /// <summary>Elements inside main whose right edge passes main's content box, except inside boxes that scroll.</summary>
    private const string SticksOut = """
        () => {
          const main = document.querySelector('main');
          if (!main) return [];
          const style = getComputedStyle(main);
          const right = main.getBoundingClientRect().right - parseFloat(style.paddingRight);
          return [...main.querySelectorAll('*')]
            .filter(e => !e.closest('.table-scroll') && e.getClientRects().length > 0 && e.getBoundingClientRect().right > right + 0.5)
            .slice(0, 5)
            .map(e => '<' + e.tagName.toLowerCase() + (e.className ? ' class="' + e.className + '"' : '') + '> ends at ' +
              Math.round(e.getBoundingClientRect().right) + ' px, the column at ' + Math.round(right) + ' px');
        }
        """;

    /// <summary>Menu items whose text is cut: wider than their box, or reaching past the menu's or the screen's edge.</summary>
    internal const string ClippedMenuItems = """
        () => {
          const menu = document.querySelector('.comparison-nav');
          if (!menu) return [];
          const edge = Math.min(menu.getBoundingClientRect().right, document.documentElement.clientWidth);
          return [...menu.querySelectorAll('a')]
            .filter(a => a.scrollWidth > a.clientWidth + 0.5 || a.getBoundingClientRect().right > edge + 0.5 || a.getBoundingClientRect().left < 0)
            .map(a => a.textContent.trim() + ' (' + Math.round(a.getBoundingClientRect().left) + '–' + Math.round(a.getBoundingClientRect().right) + ' px)');
        }
        """;

    [Fact]
    public async Task On_a_phone_the_first_question_starts_on_the_first_screen()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(SitePaths.Chooser(suite.Comparison.Slug));

        var legend = await page.Locator("fieldset.question legend").First.BoundingBoxAsync();

        Assert.NotNull(legend);
        Assert.True(legend.Y + legend.Height <= Phone.Height, $"the first question's text ends at {legend.Y + legend.Height:0} px, below the {Phone.Height} px screen");
    }

    [Theory]
    [InlineData(320, 3)]
    [InlineData(375, 2)]
    public async Task On_a_phone_the_header_takes_the_brand_line_and_a_few_menu_lines_and_cuts_no_menu_item(int width, int menuLines)
    {
        var page = await NewPageAsync(new() { Width = width, Height = 667 });
        await page.GotoOkAsync(SitePaths.Aspect(suite.Comparison.Slug, suite.Comparison.Aspects[0].Slug));

        var header = await page.Locator(".site-header").BoundingBoxAsync();
        var brand = await page.Locator(".brand").BoundingBoxAsync();
        var link = await page.Locator(".comparison-nav a").Last.BoundingBoxAsync();

        // The brand's line, then the menu wrapped onto two lines (three on the narrowest phones) rather than scrolling
        // sideways, where it cut items off mid-word; with the header's own padding and the gaps between lines.
        Assert.True(header!.Height <= brand!.Height + menuLines * (link!.Height + 4) + 20, $"the header is {header.Height:0} px tall at {width} px");
        Assert.Empty(await page.EvaluateAsync<string[]>(ClippedMenuItems));
    }

    [Fact]
    public async Task The_current_page_in_the_menu_is_marked_without_moving_its_neighbours()
    {
        var page = await NewPageAsync(new() { Width = 1280, Height = 800 });
        var slug = suite.Comparison.Slug;
        await page.GotoOkAsync(SitePaths.Faq(slug));
        var onFaq = await MenuPositionsAsync(page);
        await page.GotoOkAsync(SitePaths.Sources(slug));
        var onSources = await MenuPositionsAsync(page);

        Assert.Equal(onFaq, onSources);
    }

    [Fact]
    public async Task On_a_phone_the_current_page_in_the_menu_is_in_view_and_the_page_does_not_scroll()
    {
        var page = await NewPageAsync(Phone);
        // The last item of the menu: without help it starts past the right edge of a 375 px screen.
        await page.GotoOkAsync(SitePaths.Sources(suite.Comparison.Slug));
        await page.WaitForLoadStateAsync(LoadState.Load);

        var menu = await page.Locator(".comparison-nav").BoundingBoxAsync();
        var current = await page.Locator(".comparison-nav a[aria-current=page]").BoundingBoxAsync();

        Assert.True(current!.X >= menu!.X && current.X + current.Width <= menu.X + menu.Width,
            $"the current item spans {current.X:0}–{current.X + current.Width:0} px, the menu {menu.X:0}–{menu.X + menu.Width:0} px");
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Nothing_in_the_main_column_is_wider_than_it_except_tables_that_scroll(int width)
    {
        var pages = await AuditedPages.ListAsync(suite);
        await using var context = await suite.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 800 } });
        var found = (await AuditedPages.VisitAsync(pages, context, async (page, audited) =>
            (await page.EvaluateAsync<string[]>(SticksOut)).Select(problem => $"{audited} at {width} px: {problem}"))).SelectMany(problems => problems).ToList();

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Each_framework_wears_its_own_colour_on_the_table_the_aspect_pages_and_the_result(string scheme)
    {
        var page = await NewPageAsync(new() { Width = 1280, Height = 800 }, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var comparison = suite.Comparison;
        var expected = comparison.Frameworks.ToDictionary(f => f.Slug, f => Rgb(scheme == "dark" ? f.ColourDark : f.Colour));

        await page.GotoOkAsync(SitePaths.Comparison(comparison.Slug));
        foreach (var framework in comparison.Frameworks)
        {
            Assert.Equal(expected[framework.Slug], await FrameworkColourAsync(page, $"th.framework-column[data-framework='{framework.Slug}']"));
        }

        await page.GotoOkAsync(SitePaths.Aspect(comparison.Slug, comparison.Aspects[0].Slug));
        foreach (var framework in comparison.Frameworks)
        {
            Assert.Equal(expected[framework.Slug], await FrameworkColourAsync(page, $".take[data-framework='{framework.Slug}']"));
        }

        await page.GotoOkAsync(new ChooserAnswers(comparison).ResultPath(new ChooserAnswers(comparison).ClearFit()));
        foreach (var framework in comparison.Frameworks)
        {
            var fill = await page.Locator($".score-bar[data-framework='{framework.Slug}'] .bar-fill").EvaluateAsync<string>("e => getComputedStyle(e).fill");
            Assert.Equal(expected[framework.Slug], fill);
        }
    }

    [Fact]
    public async Task No_clear_lean_and_calls_it_even_never_wear_a_frameworks_colour()
    {
        var page = await NewPageAsync(new() { Width = 1280, Height = 800 });
        var comparison = suite.Comparison;
        await page.GotoOkAsync(SitePaths.Comparison(comparison.Slug));

        var frameworkColours = comparison.Frameworks.Select(f => Rgb(f.Colour)).ToHashSet();
        var neutral = await page.Locator(".lean-bar rect.lean-none, .lean-bar rect.lean-even").EvaluateAllAsync<string[]>("rects => rects.map(r => getComputedStyle(r).fill)");

        Assert.NotEmpty(neutral);
        Assert.DoesNotContain(neutral, frameworkColours.Contains);
    }

    private async Task<IPage> NewPageAsync(ViewportSize viewport, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await suite.NewContextAsync(new() { ViewportSize = viewport, ColorScheme = scheme });
        return await context.NewPageAsync();
    }

    private static Task<string> FrameworkColourAsync(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).getPropertyValue('--framework').trim()")
            .ContinueWith(task => Rgb(task.Result), TaskScheduler.Default);

    private static async Task<string[]> MenuPositionsAsync(IPage page) =>
        await page.Locator(".comparison-nav a").EvaluateAllAsync<string[]>("links => links.map(a => { const r = a.getBoundingClientRect(); return `${Math.round(r.left)},${Math.round(r.width)}`; })");

    /// <summary>"#0f766e" or "rgb(15, 118, 110)" as the browser writes computed colours: "rgb(15, 118, 110)".</summary>
    private static string Rgb(string colour)
    {
        if (!colour.StartsWith('#'))
        {
            return colour;
        }

        int Channel(int at) => int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return $"rgb({Channel(1)}, {Channel(3)}, {Channel(5)})";
    }
}
