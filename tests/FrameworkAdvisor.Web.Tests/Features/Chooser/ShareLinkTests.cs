using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Features.Chooser;

/// <summary>
/// Shared links keep working: from the form to a result, to a link opened by someone else on another instance,
/// and after the questionnaire has been reordered or grown.
/// </summary>
public sealed class ShareLinkTests
{
    private const string Questionnaire = "compare/trio/questionnaire.md";

    [Fact]
    public async Task Journey_form_to_result_to_shared_link_shows_the_same_result_on_a_fresh_instance()
    {
        string shareUrl;
        string firstResult;
        using (var site = new SiteFactory())
        {
            var client = site.CreateClient();
            var form = await client.GetPageAsync("/compare/trio/choose");

            // Answer as a browser would submit: every radio group sends its checked value, skipped ones send "".
            var submitted = Submit(form, new Dictionary<string, string> { ["admin"] = "needed", ["undecided"] = "yes" });
            using var response = await client.GetAsync(submitted);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("/compare/trio/choose/result?admin=needed&undecided=yes", response.RequestMessage!.RequestUri!.PathAndQuery);
            var result = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            shareUrl = ((IHtmlInputElement)result.QuerySelector("#share-url")!).Value;
            firstResult = Summary(result);
            Assert.StartsWith("It’s a toss-up | If you must pick: Harbor — the article’s rule for close calls", firstResult, StringComparison.Ordinal);
        }

        // A second instance with its own database: nothing from the first survives except the link.
        using var other = new SiteFactory();
        var shared = await other.CreateClient().GetPageAsync(new Uri(shareUrl).PathAndQuery);
        Assert.Equal(firstResult, Summary(shared));
    }

    [Fact]
    public async Task Old_links_still_work_after_questions_are_reordered_and_a_new_one_is_added()
    {
        using var site = new SiteFactory();
        var before = await site.CreateClient().GetPageAsync("/compare/trio/choose/result?admin=needed&parts=pick");

        // The same questions and answers, in a new order and new groups, with a question added in the middle.
        using var content = ContentFolder.CopyOfFixture().Write(Questionnaire, """
            ---
            title: Pick one for me
            summary: Four questions now.
            groups:
              - title: First things
                questions:
                  - id: admin
                    text: Do you need an admin screen on day one?
                    why: The source says Lantern ships one.
                    options:
                      - id: later
                        label: Not yet
                      - id: needed
                        label: Yes
                        rules: [lantern-needs-admin]
                  - id: budget
                    text: Is money tight?
                    why: A question added after links were shared.
                    options:
                      - id: tight
                        label: Yes
                      - id: fine
                        label: No
              - title: Then
                questions:
                  - id: undecided
                    text: Are you still undecided?
                    why: The source's closing line settles ties.
                    options:
                      - id: yes
                        label: Yes
                        rules: [harbor-undecided]
                      - id: no
                        label: No
                  - id: parts
                    text: Do you want to choose every part yourself?
                    why: The source sends people who pick their own parts to Quill.
                    options:
                      - id: pick
                        label: Yes, every part
                        rules: [quill-pick-every-part]
                      - id: either
                        label: I do not mind
            ---
            Answer what you can.
            """);
        using var grown = new FolderSiteFactory(content.Directory);
        var client = grown.CreateClientWithoutRedirects();

        var form = await client.GetPageAsync("/compare/trio/choose");
        Assert.Equal(["admin", "budget", "undecided", "parts"], form.QuerySelectorAll("fieldset.question").Select(f => f.Id!["question-".Length..]));
        var after = await client.GetPageAsync("/compare/trio/choose/result?admin=needed&parts=pick");
        Assert.Equal(Summary(before), Summary(after));
        Assert.Equal(((IHtmlInputElement)before.QuerySelector("#share-url")!).Value, ((IHtmlInputElement)after.QuerySelector("#share-url")!).Value);
    }

    [Fact]
    public async Task Every_question_answered_with_its_longest_answer_and_marked_as_mattering_still_gives_a_link_of_at_most_200_characters()
    {
        using var site = new ShippedSiteFactory();
        var client = site.CreateClient();
        var form = await client.GetPageAsync(await FirstChooserPathAsync(client));

        var longest = form.QuerySelectorAll("input[type=radio]").Cast<IHtmlInputElement>()
            .Where(r => r.Value.Length > 0)
            .GroupBy(r => r.Name!)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Value.Length).First().Value);
        using var response = await client.GetAsync(Submit(form, longest, markEvery: true));

        var link = response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(longest.Count, link.Count(c => c == '='));
        Assert.Equal(longest.Count, link.Count(c => c == '!'));
        Assert.True(link.Length <= 200, $"{link.Length} characters: {link}");
    }

    /// <summary>
    /// The query a browser builds from the form with these answers chosen: a checked radio sends its answer, an
    /// unanswered question sends nothing, and a ticked "matters a lot" box sends its own value beside it.
    /// </summary>
    private static string Submit(IHtmlDocument form, Dictionary<string, string> answers, bool markEvery = false)
    {
        var chooser = (IHtmlFormElement)form.QuerySelector("form.chooser")!;
        var names = chooser.QuerySelectorAll("input[type=radio]").Cast<IHtmlInputElement>().Select(r => r.Name!).Distinct();
        var marks = chooser.QuerySelectorAll("input[type=checkbox]").Cast<IHtmlInputElement>().ToDictionary(c => c.Name!, c => c.Value);
        var pairs = names.Where(answers.ContainsKey).SelectMany(name => (IEnumerable<string>)
            [$"{name}={Uri.EscapeDataString(answers[name])}", .. markEvery ? [$"{name}={Uri.EscapeDataString(marks[name])}"] : Array.Empty<string>()]);
        return chooser.GetAttribute("action") + "?" + string.Join('&', pairs);
    }

    private static async Task<string> FirstChooserPathAsync(HttpClient client)
    {
        var home = await client.GetPageAsync("/");
        var comparison = home.QuerySelector("a[href^='/compare/']")!.GetAttribute("href")!.Split('#')[0].Split('/')[..3];
        return string.Join('/', comparison) + "/choose";
    }

    /// <summary>
    /// What a visitor reads as the result: the heading, the confidence, the scores and each reason. Reasons follow
    /// the questionnaire's order, which authors may change, so they are compared as a set.
    /// </summary>
    private static string Summary(IHtmlDocument page) => string.Join(" | ",
        page.QuerySelector("h1")!.TextContent.Trim(),
        string.Join(' ', (page.QuerySelector(".must-pick")?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
        page.QuerySelector(".confidence")!.TextContent.Trim(),
        string.Join(" / ", page.QuerySelectorAll(".score-bar").Select(b => b.TextContent.Trim())),
        string.Join(" / ", page.QuerySelectorAll("ol.reasons > li, li.neutral-answer").Select(r => string.Join(' ', r.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Order(StringComparer.Ordinal)));
}
