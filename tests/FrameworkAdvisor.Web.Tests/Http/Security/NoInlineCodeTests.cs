using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>
/// The Content-Security-Policy forbids inline scripts, styles and event handlers, so a browser would silently drop
/// any that a view had. This walks every page of the shipped site, and the pages made from links and errors, and
/// fails on anything the policy would block, naming the page and the element.
/// </summary>
public sealed partial class NoInlineCodeTests(ShippedSiteFactory site) : IClassFixture<ShippedSiteFactory>
{
    [Fact]
    public async Task No_page_has_inline_script_style_or_event_handler_that_the_policy_would_block()
    {
        var client = site.CreateClient();
        var parser = new HtmlParser();
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        var paths = SitemapLocation().Matches(sitemap).Select(m => m.Groups[1].Value).ToList();
        Assert.True(paths.Count > 5, $"the sitemap lists only {paths.Count} pages");

        var questionnairePath = paths.First(p => p.EndsWith("/choose", StringComparison.Ordinal));
        var questionnaire = await parser.ParseDocumentAsync(await client.GetStringAsync(questionnairePath));
        paths.Add(ResultLinkAnsweringEveryQuestion(questionnaire));
        paths.Add(questionnairePath + "/result");
        paths.Add("/compare/no-such-comparison");

        var blocked = new List<string>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound,
                $"{path} answered {(int)response.StatusCode}");
            var page = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            blocked.AddRange(BlockedByPolicy(page).Select(problem => $"{path}: {problem}"));
        }

        Assert.True(blocked.Count == 0, string.Join("\n", blocked));
    }

    private static IEnumerable<string> BlockedByPolicy(IHtmlDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script"))
        {
            var source = script.GetAttribute("src");
            if (source is null)
            {
                // A JSON-LD block is a data block: browsers never run it, so the policy has nothing to block.
                if (script.GetAttribute("type") != "application/ld+json")
                {
                    yield return "inline <script>";
                }
            }
            else if (!source.StartsWith('/') || source.StartsWith("//", StringComparison.Ordinal))
            {
                yield return $"script from another origin: {source}";
            }
        }

        foreach (var stylesheet in page.QuerySelectorAll("link[rel=stylesheet]"))
        {
            var source = stylesheet.GetAttribute("href") ?? "";
            if (!source.StartsWith('/') || source.StartsWith("//", StringComparison.Ordinal))
            {
                yield return $"stylesheet from another origin: {source}";
            }
        }

        if (page.QuerySelector("style") is not null)
        {
            yield return "inline <style>";
        }

        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name == "style" || attribute.Name.StartsWith("on", StringComparison.Ordinal))
                {
                    yield return $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
                }
                else if (attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"<{element.LocalName} {attribute.Name}> runs a javascript: URL";
                }
            }
        }
    }

    /// <summary>Picks the first answer to every question, so the result page shows every part it can.</summary>
    private static string ResultLinkAnsweringEveryQuestion(IHtmlDocument questionnaire)
    {
        var form = questionnaire.QuerySelector("form[data-chooser]")!;
        var answers = form.QuerySelectorAll("input[type=radio]")
            .Where(input => input.GetAttribute("value") is { Length: > 0 })
            .GroupBy(input => input.GetAttribute("name")!)
            .Select(group => $"{group.Key}={group.First().GetAttribute("value")}");
        return form.GetAttribute("action") + "?" + string.Join("&", answers);
    }

    [GeneratedRegex("<loc>http://localhost([^<]*)</loc>")]
    private static partial Regex SitemapLocation();
}
