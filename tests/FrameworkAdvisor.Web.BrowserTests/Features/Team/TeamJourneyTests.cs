using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Features.Team;

/// <summary>
/// Deciding together: person A answers, opens a team page from the result and sends its link; person B, in a fresh
/// browser, adds answers that disagree; the team page then shows both, where they disagree and what would settle it.
/// With script the link is copied with the button; without it, it is read from the field, and nothing is missing.
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class TeamJourneyTests(BrowserSuite suite)
{
    private readonly ChooserAnswers _chooser = new(suite.Comparison);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Two_people_answer_in_their_own_browsers_and_the_team_page_shows_both_their_disagreement_and_what_would_settle_it(bool javaScript)
    {
        var first = _chooser.ClearFit();
        var second = _chooser.Opposing(first);
        Assert.NotEmpty(second);

        await using var personA = await suite.NewContextAsync(new()
        {
            JavaScriptEnabled = javaScript,
            Permissions = javaScript ? ["clipboard-read", "clipboard-write"] : [],
        });
        var a = await personA.NewPageAsync();
        await AnswerAsync(a, first);
        await a.GetByRole(AriaRole.Button, new() { Name = "Show my recommendation" }).ClickAsync();
        await a.WaitForURLAsync("**/choose/result?*");
        await a.GetByLabel("Your name or initials").FillAsync("Ana");
        await a.GetByRole(AriaRole.Button, new() { Name = "Open the team page" }).ClickAsync();
        await a.WaitForURLAsync("**/choose/team?*");
        await Assertions.Expect(a.Locator(".team-members li")).ToHaveCountAsync(1);
        var link = await SendLinkAsync(a, javaScript);
        Assert.Equal(a.Url, link);

        await using var personB = await suite.NewContextAsync(new() { JavaScriptEnabled = javaScript });
        var b = await personB.NewPageAsync();
        await b.GotoOkAsync(link);
        await Assertions.Expect(b.Locator(".team-members")).ToContainTextAsync("Ana");
        await b.GetByRole(AriaRole.Link, new() { Name = "Add my answers" }).ClickAsync();
        await b.WaitForURLAsync("**/choose/team/join?*");
        await Assertions.Expect(b.Locator(".team-join")).ToContainTextAsync("Ana");
        await b.GetByLabel("Your name or initials").FillAsync("Bob");
        await b.AnswerByClickingLabelsAsync(_chooser, second);
        await b.GetByRole(AriaRole.Button, new() { Name = "Show my recommendation" }).ClickAsync();
        await b.WaitForURLAsync("**/choose/team?*");

        var members = await b.Locator(".team-members li .team-name").AllInnerTextsAsync();
        Assert.Equal(["Ana", "Bob"], members);
        Assert.Contains("Team result", await b.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await b.Locator(".team-disputed").CountAsync() >= 1, "no disputed question is shown");
        Assert.True(await b.Locator(".settle .settle-changes").CountAsync() >= 1, "nothing would settle it");
        await Assertions.Expect(b.Locator("#share-url")).ToHaveValueAsync(b.Url);
        await Assertions.Expect(b.Locator("[data-copy-target]")).ToBeVisibleAsync(new() { Visible = javaScript });
    }

    private async Task AnswerAsync(IPage page, IReadOnlyDictionary<string, string> answers)
    {
        await page.GotoOkAsync(_chooser.QuestionnairePath);
        await page.AnswerByClickingLabelsAsync(_chooser, answers);
    }

    /// <summary>The team link as its sender gets it: copied with the button where there is script, read from the field where not.</summary>
    private static async Task<string> SendLinkAsync(IPage page, bool javaScript)
    {
        if (!javaScript)
        {
            await Assertions.Expect(page.Locator("[data-copy-target]")).ToBeHiddenAsync();
            return await page.Locator("#share-url").InputValueAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-status]")).ToHaveTextAsync("Link copied.");
        return await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
    }
}
