using System.Xml.Linq;
using FrameworkAdvisor.Content;
using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests;

/// <summary>A page the quality checks visit: a file-safe name for its screenshots, its path and the status it must answer.</summary>
public sealed record AuditedPage(string Name, string Path, int Status = 200)
{
    public override string ToString() => $"{Path} ({Status})";
}

/// <summary>
/// Every page a visitor can reach: each URL in /sitemap.xml, plus the pages the sitemap leaves out because they are
/// made from a link's query (results and teams of each kind) or are errors (400 and 404).
/// </summary>
public static class AuditedPages
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<IReadOnlyList<AuditedPage>> ListAsync(BrowserSuite suite)
    {
        using var client = new HttpClient { BaseAddress = suite.Origin };
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        var paths = sitemap.Descendants(Sitemap + "loc").Select(loc => new Uri(loc.Value).PathAndQuery).ToList();
        Assert.True(paths.Count > 5, $"the sitemap lists only {paths.Count} pages");

        var chooser = new ChooserAnswers(suite.Comparison);
        var clearFitAnswers = chooser.ClearFit();
        var clearFit = chooser.ResultPath(clearFitAnswers);
        var unanswered = chooser.Questions.First(q => !clearFitAnswers.ContainsKey(q.Id)).Id;
        var longAnswer = new string('a', 100);
        var extra = new List<AuditedPage>
        {
            new("result-clear-fit", clearFit),
            new("result-tie-break", chooser.ResultPath(chooser.Neutral())),
            new("result-ignored-parts", clearFit + "&no-such-question=yes&" + unanswered + "=no-such-option"),
            new("result-over-long", SitePaths.ChooserResult(suite.Comparison.Slug) + "?" + chooser.Questions[0].Id + "=" + longAnswer, 400),
            new("result-empty", SitePaths.ChooserResult(suite.Comparison.Slug), 400),
            new("not-found", SitePaths.Aspect(suite.Comparison.Slug, "no-such-aspect"), 404),
            new("search-empty", SitePaths.Search),
            new("search-results", SitePaths.Search + "?q=" + Uri.EscapeDataString(SearchWord(suite.Comparison))),
            new("search-did-you-mean", SitePaths.Search + "?q=" + Uri.EscapeDataString(Misspelt(SearchWord(suite.Comparison)))),
            new("search-nothing", SitePaths.Search + "?q=zzqqxxv"),
        };
        var (invitation, team) = await TeamPathsAsync(suite, client);
        extra.AddRange(
        [
            new("team-invitation", invitation),
            new("team", team),
            new("team-join", team.Replace("/team?", "/team/join?", StringComparison.Ordinal)),
            new("team-over-limits", $"{SitePaths.ChooserTeam(suite.Comparison.Slug)}?_m={new string('n', 30)}&{chooser.Query(clearFitAnswers)}", 400),
        ]);
        if (!paths.Contains(chooser.QuestionnairePath))
        {
            extra.Insert(0, new("questionnaire", chooser.QuestionnairePath));
        }

        return [.. paths.Select(path => new AuditedPage(NameOf(path), path)), .. extra];
    }

    /// <summary>
    /// Visits the pages a few at a time, each worker with its own tab in <paramref name="context"/>: Chromium renders
    /// tabs in separate processes, so this uses both cores, and reusing tabs saves starting a renderer per page.
    /// Results come back in the order of <paramref name="pages"/>.
    /// </summary>
    public static async Task<IReadOnlyList<T>> VisitAsync<T>(
        IReadOnlyList<AuditedPage> pages, IBrowserContext context, Func<IPage, AuditedPage, Task<T>> visit, Func<IPage, Task>? prepareTab = null)
    {
        const int Tabs = 3;
        var results = new T[pages.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async _ =>
        {
            var tab = await context.NewPageAsync();
            if (prepareTab is not null)
            {
                await prepareTab(tab);
            }

            for (var index = Interlocked.Increment(ref next); index < pages.Count; index = Interlocked.Increment(ref next))
            {
                results[index] = await visit(tab, pages[index]);
            }

            await tab.CloseAsync();
        }));
        return results;
    }

    /// <summary>The page of a team of two who disagree (Ana with a clear fit, Bob with the opposite answers).</summary>
    public static async Task<string> TeamOfTwoAsync(BrowserSuite suite)
    {
        using var client = new HttpClient { BaseAddress = suite.Origin };
        return (await TeamPathsAsync(suite, client)).Team;
    }

    /// <summary>A team's invitation (Ana alone), then its page once Bob has added answers that disagree.</summary>
    private static async Task<(string Invitation, string Team)> TeamPathsAsync(BrowserSuite suite, HttpClient client)
    {
        var chooser = new ChooserAnswers(suite.Comparison);
        var clearFitAnswers = chooser.ClearFit();
        var invitation = await FollowAsync(client, $"{SitePaths.ChooserTeam(suite.Comparison.Slug)}/add?_name=Ana&{chooser.Query(clearFitAnswers)}");
        var team = await FollowAsync(client,
            $"{SitePaths.ChooserTeam(suite.Comparison.Slug)}/add?_team={Uri.EscapeDataString(invitation.Split('?')[1])}&_name=Bob&{chooser.Query(chooser.Opposing(clearFitAnswers))}");
        return (invitation, team);
    }

    /// <summary>Where an address ends up once its redirects are followed, as a browser would.</summary>
    private static async Task<string> FollowAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}");
        return response.RequestMessage!.RequestUri!.PathAndQuery;
    }

    /// <summary>A word that many places use, from the content (so the code names no framework): the first aspect's title.</summary>
    private static string SearchWord(Comparison comparison) => comparison.Aspects[0].Title.Split(' ')[0].ToLowerInvariant();

    /// <summary>The word with two letters swapped: a typo that "did you mean" should catch.</summary>
    private static string Misspelt(string word) => word.Length < 4 ? word + "x" : word[..1] + word[2] + word[1] + word[3..];

    private static string NameOf(string path) => path == "/" ? "home" : path.Trim('/').Replace('/', '-');
}
