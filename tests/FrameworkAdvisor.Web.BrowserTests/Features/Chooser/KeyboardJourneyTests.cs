using System.Text.Json;
using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Features.Chooser;

/// <summary>The whole questionnaire with the keyboard alone: no click anywhere in this file.</summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class KeyboardJourneyTests(BrowserSuite suite)
{
    // Generous: the page has a handful of links before the form and nine questions; a loop past this is lost focus.
    private const int MaxTabsBetweenStops = 30;

    private const string DescribeFocus = """
        () => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          return {
            tag: el.tagName.toLowerCase(), type: el.type || '', name: el.name || '', value: el.value ?? '',
            checked: !!el.checked, className: el.className || '', id: el.id || '',
            inMain: !!el.closest('main'), visibleFocus: outlined || style.boxShadow !== 'none',
            text: (el.innerText || '').trim()
          };
        }
        """;

    private readonly ChooserAnswers _chooser = new(suite.Comparison);

    [Fact]
    public async Task Every_question_can_be_answered_and_the_form_sent_by_keyboard_alone_with_visible_focus()
    {
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoOkAsync(_chooser.QuestionnairePath);
        var keyboard = page.Keyboard;

        await keyboard.PressAsync("Tab");
        var skipLink = await FocusAsync(page);
        Assert.Equal("skip-link", skipLink.ClassName);
        Assert.True(skipLink.VisibleFocus, "the skip link shows no focus outline");
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync(), "the focused skip link is not visible");

        await keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        Assert.Equal("main", (await FocusAsync(page)).Id);
        await keyboard.PressAsync("Tab");
        var focus = await FocusAsync(page);
        Assert.True(focus.InMain, "after the skip link, Tab should move into the main content");

        var answers = _chooser.EveryQuestion();
        foreach (var question in _chooser.Questions)
        {
            focus = await TabUntilAsync(page, focus, f => f.Type == "radio", $"question '{question.Id}'");
            Assert.Equal(question.Id, focus.Name);
            Assert.True(focus.VisibleFocus, $"the focused option of '{question.Id}' shows no focus outline");

            // Arrow keys move the choice within the group; Space confirms the focused option.
            for (var step = 0; focus.Value != answers[question.Id] && step <= question.Options.Count; step++)
            {
                await keyboard.PressAsync("ArrowDown");
                focus = await FocusAsync(page);
            }

            await keyboard.PressAsync("Space");
            focus = await FocusAsync(page);
            Assert.True(focus.Checked && focus.Value == answers[question.Id], $"'{question.Id}' could not be set to '{answers[question.Id]}' by keyboard");
            Assert.True(focus.VisibleFocus, $"the chosen option of '{question.Id}' shows no focus outline");

            // One Tab leaves the group, whichever option in it has focus.
            await keyboard.PressAsync("Tab");
            focus = await FocusAsync(page);
        }

        var submit = await TabUntilAsync(page, focus, f => f.Type == "submit", "the submit button");
        Assert.True(submit.VisibleFocus, "the submit button shows no focus outline");

        // Shift+Tab goes back through the last question's "matters a lot" box and "clear" button to its chosen option,
        // and Tab returns to the button the same way.
        var last = await FocusAsync(page);
        var backSteps = 0;
        for (; last.Type != "radio" && backSteps < 4; backSteps++)
        {
            await keyboard.PressAsync("Shift+Tab");
            last = await FocusAsync(page);
        }

        Assert.Equal((_chooser.Questions[^1].Id, answers[_chooser.Questions[^1].Id]), (last.Name, last.Value));
        for (var step = 0; step < backSteps; step++)
        {
            await keyboard.PressAsync("Tab");
        }

        Assert.Equal("submit", (await FocusAsync(page)).Type);

        await keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/choose/result?*");

        Assert.Equal(answers, PageReading.AnswersInLink(page.Url));
        Assert.Contains($"Based on {answers.Count} of {_chooser.Questions.Count} questions", await page.Locator(".basis").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>Presses Tab until focus reaches what <paramref name="arrived"/> accepts; it may be there already.</summary>
    private static async Task<Focus> TabUntilAsync(IPage page, Focus current, Func<Focus, bool> arrived, string what)
    {
        for (var tab = 0; !arrived(current); tab++)
        {
            if (tab == MaxTabsBetweenStops)
            {
                throw new Xunit.Sdk.XunitException($"{MaxTabsBetweenStops} presses of Tab never reached {what}; focus is on {current}");
            }

            await page.Keyboard.PressAsync("Tab");
            current = await FocusAsync(page);
        }

        return current;
    }

    private static async Task<Focus> FocusAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>(DescribeFocus)).Deserialize<Focus>(JsonOptions)!;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Focus(string Tag, string Type, string Name, string Value, bool Checked, string ClassName, string Id, bool InMain, bool VisibleFocus, string Text);
}
