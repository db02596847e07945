using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Features.Chooser;

[Collection(BrowserSuiteDefinition.Name)]
public sealed class ShareLinkJourneyTests(BrowserSuite suite)
{
    private readonly ChooserAnswers _chooser = new(suite.Comparison);

    [Fact]
    public async Task A_copied_result_link_shows_the_same_result_in_a_fresh_browser()
    {
        await using var context = await suite.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        await page.GotoOkAsync(_chooser.QuestionnairePath);
        var answers = _chooser.Some();
        await page.AnswerByClickingLabelsAsync(_chooser, answers);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my recommendation" }).ClickAsync();
        await page.WaitForURLAsync("**/choose/result?*");
        var original = await page.ReadResultAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-status]")).ToHaveTextAsync("Link copied.");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

        Assert.Equal(page.Url, copied);
        Assert.Equal(answers, PageReading.AnswersInLink(copied));

        await using var fresh = await suite.NewContextAsync();
        var other = await fresh.NewPageAsync();
        await other.GotoOkAsync(copied);

        Assert.Equal(copied, other.Url);
        Assert.Equal(original, await other.ReadResultAsync());
    }
}
