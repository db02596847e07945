using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Features.Chooser;

[Collection(BrowserSuiteDefinition.Name)]
public sealed class ChangeAnswersJourneyTests(BrowserSuite suite)
{
    private readonly ChooserAnswers _chooser = new(suite.Comparison);

    [Fact]
    public async Task Change_my_answers_prefills_the_form_and_the_changed_answer_reaches_the_result()
    {
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        var answers = _chooser.Some();
        await page.GotoOkAsync(_chooser.ResultPath(answers));

        await page.GetByRole(AriaRole.Link, new() { Name = "Change my answers" }).ClickAsync();
        await page.WaitForURLAsync("**" + _chooser.QuestionnairePath + "?*");

        var expected = _chooser.Questions.ToDictionary(q => q.Id, q => answers.GetValueOrDefault(q.Id, ""));
        Assert.Equal(expected, await page.CheckedOptionsAsync());

        var (questionId, before) = answers.First();
        var question = _chooser.Question(questionId);
        var after = question.Options.First(o => o.Id != before);
        await page.AnswerByClickingLabelsAsync(_chooser, new Dictionary<string, string> { [questionId] = after.Id });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show my recommendation" }).ClickAsync();
        await page.WaitForURLAsync("**/choose/result?*");

        var changed = new Dictionary<string, string>(answers) { [questionId] = after.Id };
        Assert.Equal(changed, PageReading.AnswersInLink(page.Url));
        // The changed answer is listed under "Why", as a reason or among the neutral answers, beside its question.
        var line = page.Locator("section[aria-labelledby=why] li", new() { HasTextString = question.Text }).First;
        Assert.Contains(after.Label, await line.TextContentAsync() ?? "", StringComparison.Ordinal);
    }
}
