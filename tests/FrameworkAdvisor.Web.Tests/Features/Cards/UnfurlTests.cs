using System.Net;
using AngleSharp.Html.Parser;
using FrameworkAdvisor.Web.Tests.Http.Security;
using SkiaSharp;

namespace FrameworkAdvisor.Web.Tests.Features.Cards;

/// <summary>
/// A result link pasted into Slack, X or Facebook, over real HTTP on Kestrel: their crawlers fetch the page (following
/// the redirect that drops the click id they add), read the Open Graph and Twitter tags, and fetch og:image.
/// </summary>
public sealed class UnfurlTests(UnfurlTests.PlainKestrelSite site) : IClassFixture<UnfurlTests.PlainKestrelSite>
{
    public static TheoryData<string> Crawlers => new()
    {
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Twitterbot/1.0",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    };

    [Theory]
    [MemberData(nameof(Crawlers))]
    public async Task A_crawler_gets_every_preview_tag_and_a_card_it_can_decode(string userAgent)
    {
        using var client = new HttpClient { BaseAddress = site.Origin };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var origin = site.Origin.GetLeftPart(UriPartial.Authority);
        const string canonical = "/compare/trio/choose/result?parts=pick&undecided=yes";

        using var response = await client.GetAsync("/compare/trio/choose/result?undecided=yes&parts=pick&fbclid=IwAR" + new string('z', 200));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        string Tag(string name) => page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content")
            ?? throw new Xunit.Sdk.XunitException($"{userAgent} finds no {name}");

        Assert.Equal(origin + canonical, response.RequestMessage!.RequestUri!.ToString());
        Assert.Equal(origin + canonical, Tag("og:url"));
        Assert.Equal("Quill fits best · Quill vs Lantern vs Harbor", Tag("og:title"));
        Assert.Equal(Tag("og:title"), Tag("twitter:title"));
        Assert.Contains("Quill 2 points, Lantern 0 points, Harbor 1 point", Tag("og:description"), StringComparison.Ordinal);
        Assert.Equal(("website", "FrameworkAdvisor", "en_GB"), (Tag("og:type"), Tag("og:site_name"), Tag("og:locale")));
        Assert.Equal("summary_large_image", Tag("twitter:card"));
        Assert.Equal(origin + "/cards" + canonical.Replace("result?", "result.png?", StringComparison.Ordinal), Tag("og:image"));
        Assert.Equal(("image/png", "1200", "630"), (Tag("og:image:type"), Tag("og:image:width"), Tag("og:image:height")));
        Assert.Equal("Quill fits best. Leaning: Quill 2 points, Lantern 0 points, Harbor 1 point; 2 of 3 questions answered.", Tag("og:image:alt"));
        Assert.Equal(Tag("og:image:alt"), Tag("twitter:image:alt"));

        using var image = await client.GetAsync(new Uri(Tag("og:image")));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        using var card = SKBitmap.Decode(await image.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (card.Width, card.Height));
    }

    /// <summary>The shipped pipeline on Kestrel, with no test hooks.</summary>
    public sealed class PlainKestrelSite : KestrelHookedSite
    {
        protected override bool WithTestHooks => false;
    }
}
