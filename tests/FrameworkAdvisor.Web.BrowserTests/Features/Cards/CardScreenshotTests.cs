namespace FrameworkAdvisor.Web.BrowserTests.Features.Cards;

/// <summary>
/// The picture cards and the site's icon as a browser shows them, saved under artifacts/screenshots/ for a person to
/// look at: two result cards (a clear fit and a tie-break) found through each page's og:image, and the icon.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class CardScreenshotTests(BrowserSuite suite)
{
    private readonly ChooserAnswers _chooser = new(suite.Comparison);

    [Fact]
    public async Task Two_result_cards_load_from_their_pages_og_image_at_full_size()
    {
        await using var context = await suite.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 630 } });
        var page = await context.NewPageAsync();
        foreach (var (name, answers) in new[] { ("clear-fit", _chooser.ClearFit()), ("tie-break", _chooser.Neutral()) })
        {
            await page.GotoOkAsync(_chooser.ResultPath(answers));
            var card = await page.Locator("meta[property='og:image']").GetAttributeAsync("content")
                ?? throw new Xunit.Sdk.XunitException($"the {name} result has no og:image");
            var alt = await page.Locator("meta[property='og:image:alt']").GetAttributeAsync("content");
            // The card says what the page says: its heading, or for a toss-up the tie-break settles, the toss-up and
            // the framework the page names below it as the pick.
            var heading = await page.Locator("h1").InnerTextAsync();
            if (await page.Locator(".must-pick").CountAsync() == 0)
            {
                Assert.StartsWith(heading + ".", alt, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("toss-up", heading, StringComparison.Ordinal);
                Assert.StartsWith("A toss-up: the article’s tie-break points to " + await page.Locator(".must-pick a").First.InnerTextAsync() + ".", alt, StringComparison.Ordinal);
            }

            var response = await page.GotoOkAsync(card);
            Assert.Equal("image/png", response.Headers["content-type"]);
            var size = await page.EvaluateAsync<int[]>("() => { const i = document.querySelector('img'); return [i.naturalWidth, i.naturalHeight]; }");
            Assert.Equal([1200, 630], size);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDirectory, $"card-result-{name}.png") });
        }
    }

    [Fact]
    public async Task The_site_icon_is_drawn_at_tab_and_home_screen_sizes()
    {
        await using var context = await suite.NewContextAsync(new() { ViewportSize = new() { Width = 180, Height = 180 } });
        var page = await context.NewPageAsync();
        await page.GotoOkAsync("/");
        var svg = await page.Locator("link[rel=icon][type='image/svg+xml']").GetAttributeAsync("href");
        var touch = await page.Locator("link[rel=apple-touch-icon]").GetAttributeAsync("href");

        // An SVG opened on its own fills the window, as a browser draws it in a tab or a bookmark.
        await page.GotoOkAsync(svg!);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDirectory, "favicon-svg-180.png") });
        await page.SetViewportSizeAsync(32, 32);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDirectory, "favicon-svg-32.png") });

        await page.SetViewportSizeAsync(180, 180);
        var response = await page.GotoOkAsync(touch!);
        Assert.Equal("image/png", response.Headers["content-type"]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDirectory, "apple-touch-icon.png") });
    }
}
