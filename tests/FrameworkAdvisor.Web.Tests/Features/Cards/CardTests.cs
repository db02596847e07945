using System.Net;
using System.Net.Http.Headers;
using FrameworkAdvisor.Web.Tests.Features.Health;
using SkiaSharp;

namespace FrameworkAdvisor.Web.Tests.Features.Cards;

/// <summary>
/// Every page's picture card, decoded as a viewer would: its size, that it shows something, that different results
/// look different, that the same link gives the same bytes on another instance, and that it is cached like a page.
/// Fixture colours: Quill #0f766e, Lantern #be185d, Harbor #4d7c0f.
/// </summary>
public sealed class CardTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string QuillCard = "/cards/compare/trio/choose/result.png?parts=pick";
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData(QuillCard)]
    [InlineData("/cards/compare/trio/choose/result.png?admin=needed&undecided=yes")]
    [InlineData("/cards/compare/trio.png")]
    [InlineData("/cards/compare/trio/frameworks/quill.png")]
    [InlineData("/cards/compare/trio/aspects/speed.png")]
    [InlineData("/cards/compare/trio/faq.png")]
    [InlineData("/cards/compare/trio/choose.png")]
    [InlineData("/cards/home.png")]
    [InlineData("/cards/compare/trio/choose/team.png?_m=Ana&_m=Bob&admin=needed.!needed&parts=pick.either&undecided=.yes")]
    public async Task A_card_is_a_1200_by_630_png_with_something_drawn_on_it(string path)
    {
        using var bitmap = await GetCardAsync(path);

        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        Assert.True(DistinctColours(bitmap) > 50, $"{path} has only {DistinctColours(bitmap)} colours: it looks blank");
    }

    [Fact]
    public async Task Two_share_links_with_the_same_outcome_get_byte_identical_cards_from_one_drawing()
    {
        // Either answer alone is neutral: one of three questions answered, no points, the same toss-up.
        var drawnBefore = (await _client.GetHealthAsync()).CardsDrawn;

        var parts = await _client.GetByteArrayAsync("/cards/compare/trio/choose/result.png?parts=either");
        var admin = await _client.GetByteArrayAsync("/cards/compare/trio/choose/result.png?admin=later");

        Assert.Equal(parts, admin);
        Assert.Equal(drawnBefore + 1, (await _client.GetHealthAsync()).CardsDrawn);
    }

    [Fact]
    public async Task Two_different_results_give_different_cards_with_each_winners_bar_in_its_colour()
    {
        // parts=pick: Quill 2, nothing else, so Quill's bar is full. admin=needed alone: Lantern 1.
        using var quill = await GetCardAsync(QuillCard);
        using var lantern = await GetCardAsync("/cards/compare/trio/choose/result.png?admin=needed");

        Assert.NotEqual(Bytes(quill), Bytes(lantern));
        Assert.True(Count(quill, SKColor.Parse("#0f766e")) > 2_000, "Quill's full bar is drawn in Quill's colour");
        Assert.True(Count(lantern, SKColor.Parse("#be185d")) > 2_000, "Lantern's full bar is drawn in Lantern's colour");
        Assert.True(Count(quill, SKColor.Parse("#be185d")) < 100, "Lantern has no points, so no bar of its colour");
    }

    [Fact]
    public async Task The_same_link_gives_the_same_bytes_on_another_instance()
    {
        var here = await _client.GetByteArrayAsync(QuillCard);
        using var other = new SiteFactory();

        var there = await other.CreateClient().GetByteArrayAsync(QuillCard);

        Assert.Equal(here, there);
    }

    [Fact]
    public async Task A_card_is_cached_and_revalidated_like_a_page()
    {
        using var first = await _client.GetAsync("/cards/compare/trio/aspects/admin.png");
        using var second = await _client.GetAsync("/cards/compare/trio/aspects/admin.png");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/cards/compare/trio/aspects/admin.png");
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await _client.SendAsync(revalidate);

        Assert.Equal("image/png", first.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(first.Headers.ETag);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("/cards/compare/nope.png")]
    [InlineData("/cards/compare/trio/aspects/nope.png")]
    [InlineData("/cards/compare/trio/aspects/speed")]
    [InlineData("/cards/.png")]
    [InlineData("/cards/compare/duo/choose/result.png?a=b")]
    [InlineData("/cards/compare/%3Cscript%3E.png")]
    public async Task An_address_that_is_no_pages_card_is_a_404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_card_link_in_another_spelling_or_with_tracking_redirects_to_the_canonical_card()
    {
        using var client = site.CreateClientWithoutRedirects();

        using var response = await client.GetAsync("/cards/compare/trio/choose/result.png?PARTS=pick&utm_source=x&fbclid=abc");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(QuillCard, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Each_page_names_its_own_card_with_its_size_and_the_same_words_as_alt_text()
    {
        var result = await _client.GetPageAsync("/compare/trio/choose/result?parts=pick");
        var aspect = await _client.GetPageAsync("/compare/trio/aspects/speed");

        Assert.Equal("http://localhost" + QuillCard, Meta(result, "og:image"));
        Assert.Equal("Quill fits best. Leaning: Quill 2 points, Lantern 0 points, Harbor 0 points; 1 of 3 questions answered.", Meta(result, "og:image:alt"));
        Assert.Equal(("1200", "630", "image/png"), (Meta(result, "og:image:width"), Meta(result, "og:image:height"), Meta(result, "og:image:type")));
        Assert.Equal("http://localhost/cards/compare/trio/aspects/speed.png", Meta(aspect, "og:image"));
        Assert.StartsWith("Speed. Quill vs Lantern vs Harbor, comparing Quill, Lantern and Harbor", Meta(aspect, "og:image:alt"), StringComparison.Ordinal);
    }

    private async Task<SKBitmap> GetCardAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("image/png"), response.Content.Headers.ContentType);
        return SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync()) ?? throw new Xunit.Sdk.XunitException($"{path} is not a PNG Skia can read");
    }

    private static int DistinctColours(SKBitmap bitmap) => bitmap.Pixels.Distinct().Count();

    private static int Count(SKBitmap bitmap, SKColor colour) => bitmap.Pixels.Count(pixel => pixel == colour);

    private static byte[] Bytes(SKBitmap bitmap) => bitmap.Bytes;

    private static string Meta(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content") ?? throw new Xunit.Sdk.XunitException($"no meta {name}");
}
