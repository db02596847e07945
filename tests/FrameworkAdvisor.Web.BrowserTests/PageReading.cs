using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests;

/// <summary>What a visitor reads as "the result": the headline recommendation, the scores and the confidence.</summary>
public sealed record ResultSummary(string Recommendation, string Scores, string Confidence);

/// <summary>Reading and filling pages the way a visitor does: by visible text and by clicking labels.</summary>
public static class PageReading
{
    public static async Task<ResultSummary> ReadResultAsync(this IPage page) => new(
        await page.Locator("h1").InnerTextAsync(),
        await page.Locator(".score-bars").InnerTextAsync(),
        await page.Locator(".confidence").InnerTextAsync());

    /// <summary>Answers by clicking each option's label (not its radio button), as a mouse user would.</summary>
    public static async Task AnswerByClickingLabelsAsync(this IPage page, ChooserAnswers chooser, IReadOnlyDictionary<string, string> answers)
    {
        foreach (var (questionId, optionId) in answers)
        {
            var label = page.Locator($"#question-{questionId} label:has(input[value=\"{optionId}\"])");
            Assert.Equal(chooser.Option(questionId, optionId).Label, (await label.InnerTextAsync()).Trim());
            await label.ClickAsync();
        }
    }

    /// <summary>The option each question has checked, by question id; "" when none is (the question is unanswered).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> CheckedOptionsAsync(this IPage page) =>
        await page.EvaluateAsync<Dictionary<string, string>>(
            """
            () => Object.fromEntries([...new Set([...document.querySelectorAll('form[data-chooser] input[type=radio]')].map(i => i.name))]
              .map(name => [name, document.querySelector(`form[data-chooser] input[type=radio][name="${name}"]:checked`)?.value ?? '']))
            """);

    /// <summary>The answers a result link holds, read from its query.</summary>
    public static IReadOnlyDictionary<string, string> AnswersInLink(string url) =>
        new Uri(url).Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair[1]));

    public static async Task<IResponse> GotoOkAsync(this IPage page, string path)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"no response for {path}");
        Assert.True(response.Ok, $"{path} answered {response.Status}");
        return response;
    }
}
