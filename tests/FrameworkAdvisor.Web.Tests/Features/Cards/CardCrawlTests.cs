using System.Buffers.Binary;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;

namespace FrameworkAdvisor.Web.Tests.Features.Cards;

/// <summary>
/// What a link preview meets on every page: each page in the sitemap, the search page, the API page, each
/// questionnaire and a result of each, for the fixture and the shipped content. Every og:image a page names must
/// answer a 1200×630 PNG, read from the PNG's own header as a scraper reads it; and a page that asks for a large
/// image preview must name one.
/// </summary>
public sealed class CardCrawlTests(SiteFactory fixtureSite, ShippedSiteFactory shippedSite)
    : IClassFixture<SiteFactory>, IClassFixture<ShippedSiteFactory>
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public Task Every_page_of_the_fixture_names_a_card_that_answers_a_1200_by_630_png() => CrawlAsync(fixtureSite.CreateClient());

    [Fact]
    public Task Every_page_of_the_shipped_content_names_a_card_that_answers_a_1200_by_630_png() => CrawlAsync(shippedSite.CreateClient());

    private static async Task CrawlAsync(HttpClient client)
    {
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var pages = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).PathAndQuery).ToList();
        Assert.Contains("/developers", pages);
        pages.Add("/search");
        pages.Add("/search?q=admin");

        var problems = new List<string>();
        var checkedCards = 0;
        foreach (var path in pages.ToList())
        {
            var page = await client.GetPageAsync(path);
            if (page.QuerySelector("form[data-chooser]") is { } chooser && ResultOf(chooser) is { } result)
            {
                pages.Add(result);
                var resultPage = await client.GetPageAsync(result);
                problems.AddRange(await CheckCardAsync(client, result, resultPage));
                checkedCards++;
                if (await TeamOfAsync(client, resultPage) is { } team)
                {
                    pages.Add(team);
                    problems.AddRange(await CheckCardAsync(client, team, await client.GetPageAsync(team)));
                    checkedCards++;
                }
            }

            problems.AddRange(await CheckCardAsync(client, path, page));
            checkedCards++;
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(pages, p => p.Contains("/choose/result?", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains("/choose/team?", StringComparison.Ordinal));
        Assert.True(checkedCards >= 10, $"only {checkedCards} pages were crawled");
    }

    /// <summary>The result the questionnaire's form gives for its first option of its first question.</summary>
    private static string? ResultOf(AngleSharp.Dom.IElement form) =>
        form.QuerySelector("input[type=radio]") is { } first
            ? $"{form.GetAttribute("action")}?{first.GetAttribute("name")}={first.GetAttribute("value")}"
            : null;

    /// <summary>The team page that "Decide with your team" on a result opens, as its form sends it.</summary>
    private static async Task<string?> TeamOfAsync(HttpClient client, IHtmlDocument result)
    {
        if (result.QuerySelector(".team-start form") is not IHtmlFormElement start)
        {
            return null;
        }

        var fields = start.QuerySelectorAll("input[name]").Cast<IHtmlInputElement>().Select(i => $"{i.Name}={Uri.EscapeDataString(i.Value)}");
        using var response = await client.GetAsync($"{start.GetAttribute("action")}?{string.Join('&', fields)}");
        return response.RequestMessage!.RequestUri!.PathAndQuery;
    }

    private static async Task<IEnumerable<string>> CheckCardAsync(HttpClient client, string path, IHtmlDocument page)
    {
        var twitterCard = page.QuerySelector("meta[name='twitter:card']")?.GetAttribute("content");
        var images = page.QuerySelectorAll("meta[property='og:image']").Select(m => m.GetAttribute("content")!).ToList();
        if (images.Count == 0)
        {
            return [$"{path} names no og:image (twitter:card is {twitterCard})"];
        }

        var problems = new List<string>();
        if (twitterCard != "summary_large_image")
        {
            problems.Add($"{path} names a card but asks for a '{twitterCard}' preview");
        }

        foreach (var image in images)
        {
            using var response = await client.GetAsync(new Uri(image).PathAndQuery);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "image/png")
            {
                problems.Add($"{path}: {image} answered {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }
            else if (SizeFromHeader(bytes) is var size && size != (1200, 630))
            {
                problems.Add($"{path}: {image} is {size?.ToString() ?? "not a PNG"}, not 1200×630");
            }
        }

        return problems;
    }

    /// <summary>Width and height from the IHDR chunk, which a PNG must start with right after its signature.</summary>
    private static (int Width, int Height)? SizeFromHeader(byte[] png) =>
        png.Length >= 24 && png.AsSpan(0, 8).SequenceEqual(PngSignature) && png.AsSpan(12, 4).SequenceEqual("IHDR"u8)
            ? (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)))
            : null;
}
