using FrameworkAdvisor.Content;
using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Quality;

/// <summary>
/// The two journeys on the screens they happen on: answering on a 375×667 phone (the first question whole on the
/// first screen, targets a thumb can hit, the way to the result always at hand) and comparing on a 1280×800 desk
/// (the width used, the framework names in view while reading down the table, a result's or a team's verdict beside
/// its reasons).
/// </summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class ScreenFitTests(BrowserSuite suite)
{
    private static readonly ViewportSize Phone = new() { Width = 375, Height = 667 };
    private static readonly ViewportSize Desk = new() { Width = 1280, Height = 800 };
    private const int MinimumTarget = 44;

    /// <summary>
    /// Visible controls in main smaller than 44×44 px. A radio button or checkbox counts by its label, which is its
    /// target; a link inside a sentence is exempt (WCAG's inline exception), as its line is the text it belongs to.
    /// </summary>
    private const string SmallTargets = """
        (minimum) => {
          const blockOf = e => e.closest('p, li, dd, dt, td, th, figcaption, h1, h2, h3, summary, label') ?? e.parentElement;
          const inSentence = a => { const block = blockOf(a); return block && block.textContent.trim().length > a.textContent.trim().length + 2; };
          return [...document.querySelectorAll('main a[href], main button, main input:not([type=hidden]), main summary, main select, main textarea')]
            .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
            .filter(e => !(e.tagName === 'A' && inSentence(e)))
            .map(e => ({ e, box: ((e.type === 'radio' || e.type === 'checkbox') && e.closest('label') ? e.closest('label') : e).getBoundingClientRect() }))
            .filter(({ box }) => box.width < minimum - 0.5 || box.height < minimum - 0.5)
            .slice(0, 8)
            .map(({ e, box }) => '<' + e.tagName.toLowerCase() + '> "' + (e.textContent || e.value || '').trim().slice(0, 40) + '" is ' + Math.round(box.width) + '×' + Math.round(box.height) + ' px');
        }
        """;

    private ChooserAnswers Chooser => new(suite.Comparison);

    [Fact]
    public async Task On_a_phone_the_first_question_and_all_its_answers_are_on_the_first_screen_above_the_submit_bar()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(Chooser.QuestionnairePath);

        var lastAnswer = await page.Locator("fieldset.question").First.Locator(".option").Last.BoundingBoxAsync();
        var bar = await page.Locator(".chooser-bar").BoundingBoxAsync();

        Assert.True(lastAnswer!.Y + lastAnswer.Height < Phone.Height, $"the first question's last answer ends at {lastAnswer.Y + lastAnswer.Height:0} px");
        Assert.True(lastAnswer.Y + lastAnswer.Height <= bar!.Y, $"the first question's last answer ends at {lastAnswer.Y + lastAnswer.Height:0} px, under the bar at {bar.Y:0} px");
    }

    [Fact]
    public async Task On_a_phone_the_progress_and_the_submit_button_stay_in_view_while_answering()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(Chooser.QuestionnairePath);
        var middle = Chooser.Questions[Chooser.Questions.Count / 2];
        await page.AnswerByClickingLabelsAsync(Chooser, new Dictionary<string, string> { [middle.Id] = middle.Options[0].Id });

        var submit = await page.GetByRole(AriaRole.Button, new() { Name = "Show my recommendation" }).BoundingBoxAsync();
        var progress = page.Locator("[data-progress]");

        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > Phone.Height, "answering the middle question should have scrolled the page");
        Assert.True(submit!.Y >= 0 && submit.Y + submit.Height <= Phone.Height, $"the submit button is at {submit.Y:0} px");
        await Assertions.Expect(progress).ToBeInViewportAsync();
        await Assertions.Expect(progress).ToHaveTextAsync($"1 of {Chooser.Questions.Count} answered");
    }

    [Fact]
    public async Task A_chosen_answer_is_marked_by_its_whole_row_and_only_then_offers_importance_and_clear()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(Chooser.QuestionnairePath);
        var question = Chooser.Questions[0];
        var fieldset = page.Locator($"#question-{question.Id}");
        var chosen = fieldset.Locator(".option").First;
        var other = fieldset.Locator(".option").Last;
        var matters = fieldset.Locator("label.matters");
        var clear = fieldset.GetByRole(AriaRole.Button, new() { Name = "Clear answer" });

        await Assertions.Expect(matters).ToBeHiddenAsync();
        await Assertions.Expect(clear).ToBeHiddenAsync();

        await chosen.ClickAsync();

        Assert.NotEqual(await RowLookAsync(other), await RowLookAsync(chosen));
        await Assertions.Expect(matters).ToBeVisibleAsync();
        await Assertions.Expect(clear).ToBeVisibleAsync();
        var toggle = await matters.BoundingBoxAsync();
        Assert.True(toggle!.Height >= MinimumTarget, $"the importance toggle is {toggle.Height:0} px tall");

        await clear.ClickAsync();

        Assert.Equal(await RowLookAsync(other), await RowLookAsync(chosen));
        await Assertions.Expect(matters).ToBeHiddenAsync();
    }

    public static TheoryData<string> PhonePages() => ["questionnaire", "comparison", "framework", "result", "result-tie-break", "team"];

    [Theory]
    [MemberData(nameof(PhonePages))]
    public async Task On_a_phone_every_control_in_main_is_at_least_44_by_44_px(string name)
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(await PathOfAsync(name));

        var small = await page.EvaluateAsync<string[]>(SmallTargets, MinimumTarget);

        Assert.True(small.Length == 0, $"{name}: " + string.Join("; ", small));
    }

    [Theory]
    [InlineData("questionnaire")]
    [InlineData("comparison")]
    [InlineData("framework")]
    [InlineData("framework-last")]
    public async Task On_a_phone_the_questionnaire_the_comparison_and_each_framework_take_under_four_screens_with_nothing_opened(string name)
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(await PathOfAsync(name));

        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");

        Assert.True(height < 4 * Phone.Height, $"{name} is {height} px tall, {height / (double)Phone.Height:0.0} screens");
    }

    [Fact]
    public async Task On_a_phone_the_comparison_names_each_aspect_once_and_opens_it_in_place()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(await PathOfAsync("comparison"));
        var aspects = suite.Comparison.Aspects;

        // Each aspect's name, counted wherever it shows on the screen as a link or a heading of its own.
        var shown = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main a, main summary, main th')].filter(e => e.getClientRects().length > 0).map(e => e.textContent.trim())");
        foreach (var aspect in aspects)
        {
            Assert.Equal(1, shown.Count(text => text == aspect.Title));
        }

        // Opening a row shows that row's cells, one per framework, and no other row's.
        var rows = page.Locator("table.comparison tbody tr[id]");
        var first = rows.First;
        var cells = first.Locator("td[data-label]");
        await Assertions.Expect(cells.First).ToBeHiddenAsync();
        await first.Locator("summary").ClickAsync();
        await Assertions.Expect(cells.First).ToBeVisibleAsync();
        await Assertions.Expect(cells.Last).ToBeVisibleAsync();
        Assert.Equal(suite.Comparison.Frameworks.Count, await cells.CountAsync());
        await Assertions.Expect(rows.Nth(1).Locator("td[data-label]").First).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_the_comparisons_lean_jumps_lead_to_each_sides_aspects()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(await PathOfAsync("comparison"));
        var jumps = page.Locator(".lean-jumps a");

        Assert.True(await jumps.CountAsync() >= 2);
        var last = jumps.Last;
        var target = (await last.GetAttributeAsync("href"))!;
        await last.ClickAsync();

        await Assertions.Expect(page.Locator(target)).ToBeInViewportAsync();
    }

    public static TheoryData<string, int> MenuPages() => new()
    {
        { "comparison", 375 }, { "questionnaire", 375 }, { "framework", 375 }, { "aspect", 320 }, { "result", 375 }, { "comparison", 1280 },
    };

    [Theory]
    [MemberData(nameof(MenuPages))]
    public async Task No_menu_item_is_cut_off_and_the_chooser_is_a_button_on_every_comparison_page(string name, int width)
    {
        var page = await NewPageAsync(new() { Width = width, Height = 667 });
        await page.GotoOkAsync(await PathOfAsync(name));

        Assert.Empty(await page.EvaluateAsync<string[]>(LayoutTests.ClippedMenuItems));
        var chooser = page.Locator(".comparison-nav .menu-chooser a");
        await Assertions.Expect(chooser).ToBeInViewportAsync();
        await Assertions.Expect(chooser).ToHaveAttributeAsync("href", Chooser.QuestionnairePath);
        // A button: a filled or outlined shape around the words, not only underlined text.
        Assert.True(await chooser.EvaluateAsync<bool>("a => { const s = getComputedStyle(a); return parseFloat(s.borderTopWidth) >= 2 && parseFloat(s.borderLeftWidth) >= 2; }"));
    }

    [Fact]
    public async Task On_a_phone_the_header_search_box_takes_the_whole_width_once_it_is_used()
    {
        var page = await NewPageAsync(Phone);
        await page.GotoOkAsync(await PathOfAsync("comparison"));
        var box = page.Locator("#site-search");
        var before = await box.BoundingBoxAsync();

        await box.FocusAsync();
        await box.FillAsync("admin panel");
        var after = await box.BoundingBoxAsync();
        var row = await page.Locator(".header-row").BoundingBoxAsync();

        Assert.True(after!.Width > before!.Width, $"the box stayed {after.Width:0} px wide");
        Assert.True(after.Width >= 0.7 * row!.Width, $"the box is {after.Width:0} px of a {row.Width:0} px row");
        Assert.True(await box.EvaluateAsync<bool>("e => e.scrollWidth <= e.clientWidth"), "what was typed is cut off");
    }

    [Theory]
    [InlineData("comparison", "table.comparison")]
    [InlineData("result", ".result-layout")]
    [InlineData("result-tie-break", ".result-layout")]
    [InlineData("team", ".result-layout")]
    public async Task On_a_desk_the_table_the_result_and_the_team_use_at_least_three_quarters_of_the_width(string name, string selector)
    {
        var page = await NewPageAsync(Desk);
        await page.GotoOkAsync(await PathOfAsync(name));

        var box = await page.Locator(selector).BoundingBoxAsync();

        Assert.True(box!.Width >= 0.75 * Desk.Width, $"{selector} is {box.Width:0} px of {Desk.Width} px");
    }

    [Fact]
    public async Task On_a_desk_the_results_verdict_and_next_steps_sit_beside_its_reasons()
    {
        var page = await NewPageAsync(Desk);
        await page.GotoOkAsync(await PathOfAsync("result"));

        var verdict = await page.Locator("h1").BoundingBoxAsync();
        var nextSteps = await page.Locator(".next-steps").BoundingBoxAsync();
        var reasons = await page.Locator("ol.reasons").BoundingBoxAsync();

        Assert.True(reasons!.X >= verdict!.X + verdict.Width, "the reasons should start to the right of the verdict");
        Assert.True(nextSteps!.Y + nextSteps.Height <= Desk.Height, $"the next steps end at {nextSteps.Y + nextSteps.Height:0} px, below the first screen");
        Assert.True(reasons.Y < Desk.Height / 2, $"the reasons start at {reasons.Y:0} px");
    }

    [Fact]
    public async Task On_a_desk_the_teams_verdict_and_next_steps_sit_beside_the_members_answers_and_what_would_settle_it()
    {
        var page = await NewPageAsync(Desk);
        await page.GotoOkAsync(await PathOfAsync("team"));

        var verdict = await page.Locator("h1").BoundingBoxAsync();
        var nextSteps = await page.Locator(".next-steps").BoundingBoxAsync();
        var members = await page.Locator(".team-members").BoundingBoxAsync();
        var settle = await page.Locator("#settle").BoundingBoxAsync();

        Assert.True(members!.X >= verdict!.X + verdict.Width, "the members' answers should start to the right of the verdict");
        Assert.True(settle!.X >= verdict.X + verdict.Width, "what would settle it should be in the right-hand column");
        Assert.True(nextSteps!.Y + nextSteps.Height <= Desk.Height, $"the next steps end at {nextSteps.Y + nextSteps.Height:0} px, below the first screen");
        Assert.True(members.Y < Desk.Height / 2, $"the members start at {members.Y:0} px");
        await Assertions.Expect(page.Locator(".next-steps").GetByRole(AriaRole.Link, new() { Name = "Add my answers" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".next-steps").GetByRole(AriaRole.Link, new() { Name = "Save as a decision record" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_desk_the_tables_framework_names_stay_in_view_while_scrolling_down_it()
    {
        var page = await NewPageAsync(Desk);
        await page.GotoOkAsync(await PathOfAsync("comparison"));
        var rows = page.Locator("table.comparison tbody tr[id]");
        await rows.Nth(await rows.CountAsync() - 3).ScrollIntoViewIfNeededAsync();

        var table = await page.Locator("table.comparison").BoundingBoxAsync();
        Assert.True(table!.Y < 0, "the table's top should have scrolled out of view");
        foreach (var framework in suite.Comparison.Frameworks)
        {
            var header = page.Locator($"table.comparison thead th[data-framework='{framework.Slug}']");
            var box = await header.BoundingBoxAsync();
            Assert.True(box!.Y >= -0.5 && box.Y + box.Height <= Desk.Height, $"{framework.Title}'s header is at {box.Y:0} px");
            // In view and on top: the point at its centre is the header itself, not a row scrolled over it.
            Assert.True(await header.EvaluateAsync<bool>(
                "th => { const b = th.getBoundingClientRect(); const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2); return th.contains(hit); }"),
                $"{framework.Title}'s header is covered");
        }
    }

    private async Task<string> PathOfAsync(string name)
    {
        var comparison = suite.Comparison;
        return name switch
        {
            "questionnaire" => Chooser.QuestionnairePath,
            "comparison" => SitePaths.Comparison(comparison.Slug),
            "framework" => SitePaths.Framework(comparison.Slug, comparison.Frameworks[0].Slug),
            "framework-last" => SitePaths.Framework(comparison.Slug, comparison.Frameworks[^1].Slug),
            "team" => await AuditedPages.TeamOfTwoAsync(suite),
            "aspect" => SitePaths.Aspect(comparison.Slug, comparison.Aspects[0].Slug),
            "result" => Chooser.ResultPath(Chooser.ClearFit()),
            "result-tie-break" => Chooser.ResultPath(Chooser.Neutral()),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such page in this test"),
        };
    }

    private static Task<string> RowLookAsync(ILocator row) =>
        row.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderTopColor, s.borderTopWidth, s.fontWeight].join(' '); }");

    private async Task<IPage> NewPageAsync(ViewportSize viewport)
    {
        var context = await suite.NewContextAsync(new() { ViewportSize = viewport });
        return await context.NewPageAsync();
    }
}
