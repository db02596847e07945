using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Features.Chooser;

[Collection(BrowserSuiteDefinition.Name)]
public sealed class NoScriptJourneyTests(BrowserSuite suite)
{
    private readonly ChooserAnswers _chooser = new(suite.Comparison);

    [Fact]
    public async Task Without_JavaScript_the_same_answers_give_the_same_result_as_with_it()
    {
        var answers = _chooser.Some();

        await using var scripted = await suite.NewContextAsync();
        var withScript = await AnswerAndSubmitAsync(await scripted.NewPageAsync(), answers);
        // The script ran there: it showed the live count and shows the copy button.
        Assert.Equal($"{answers.Count} of {_chooser.Questions.Count} answered", Progress);
        await Assertions.Expect(withScript.Locator("[data-copy-target]")).ToBeVisibleAsync();

        await using var plain = await suite.NewContextAsync(new() { JavaScriptEnabled = false });
        var withoutScript = await AnswerAndSubmitAsync(await plain.NewPageAsync(), answers);
        // And here it did not: the enhancements stay hidden, and nothing is missing without them.
        Assert.Null(Progress);
        await Assertions.Expect(withoutScript.Locator("[data-copy-target]")).ToBeHiddenAsync();
        await Assertions.Expect(withoutScript.Locator("#share-url")).ToHaveValueAsync(withoutScript.Url);

        Assert.Equal(withScript.Url, withoutScript.Url);
        Assert.Equal(await withScript.ReadResultAsync(), await withoutScript.ReadResultAsync());
        Assert.Equal(
            await withScript.Locator("section[aria-labelledby=why]").InnerTextAsync(),
            await withoutScript.Locator("section[aria-labelledby=why]").InnerTextAsync());
    }

    /// <summary>The live "answered" count as shown just before the last submit, or null when it was hidden.</summary>
    private string? Progress { get; set; }

    private async Task<IPage> AnswerAndSubmitAsync(IPage page, IReadOnlyDictionary<string, string> answers)
    {
        await page.GotoOkAsync(_chooser.QuestionnairePath);
        await page.AnswerByClickingLabelsAsync(_chooser, answers);
        Progress = await page.Locator("[data-progress]").IsVisibleAsync() ? await page.Locator("[data-progress]").InnerTextAsync() : null;
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my recommendation" }).ClickAsync();
        await page.WaitForURLAsync("**/choose/result?*");
        return page;
    }
}
