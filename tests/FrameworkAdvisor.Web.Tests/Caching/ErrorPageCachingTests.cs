using System.Net;
using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.Tests.Features.Health;

namespace FrameworkAdvisor.Web.Tests.Caching;

/// <summary>
/// 404 and 400 pages cost what a cached page costs (the page cache keeps them in a budget of their own): once an address has come twice, the next identical request gets
/// the same bytes from memory. An address that comes once is never kept, made-up addresses cannot make that memory
/// grow past its limit, nor push real pages out, and new content replaces what was kept.
/// </summary>
public sealed class ErrorPageCachingTests
{
    public sealed class WithTheDefaultLimits(SiteFactory site) : IClassFixture<SiteFactory>
    {
        private readonly HttpClient _client = site.CreateClient();

        [Theory]
        [InlineData("/compare/trio/aspects/sped", HttpStatusCode.NotFound)]
        [InlineData("/compare/trio/choose/result", HttpStatusCode.BadRequest)]
        [InlineData("/compare/trio/choose/result?parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick&parts=pick", HttpStatusCode.BadRequest)]
        public async Task A_repeated_error_page_is_kept_once_and_answered_with_the_same_bytes(string path, HttpStatusCode status)
        {
            var before = site.Entries("error-page");
            using var first = await _client.GetAsync(path);
            Assert.Equal(before, site.Entries("error-page"));
            using var second = await _client.GetAsync(path);
            var kept = site.Entries("error-page");
            Assert.Equal(before + 1, kept);
            using var third = await _client.GetAsync(path);

            Assert.All([first, second, third], response => Assert.Equal(status, response.StatusCode));
            Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await third.Content.ReadAsByteArrayAsync());
            Assert.Equal(first.Content.Headers.ContentType, third.Content.Headers.ContentType);
            Assert.Equal(kept, site.Entries("error-page"));
            Assert.Null(third.Headers.Age);
            Assert.Null(third.Headers.ETag);
            SecurityHeaderAssertionsFor(third);
        }

        [Fact]
        public async Task An_address_that_comes_once_is_answered_but_never_kept()
        {
            var before = site.Entries("error-page");

            for (var i = 0; i < 50; i++)
            {
                using var once = await _client.GetAsync($"/compare/trio/aspects/only-once-{i}");
                Assert.Equal(HttpStatusCode.NotFound, once.StatusCode);
            }

            Assert.Equal(before, site.Entries("error-page"));
        }

        private static void SecurityHeaderAssertionsFor(HttpResponseMessage response) =>
            Http.Security.SecurityHeaderAssertions.AssertSecurityHeaders(response, "an error page from the cache");
    }

    public sealed class WithASmallLimit(SmallErrorPageMemory site) : IClassFixture<SmallErrorPageMemory>
    {
        [Fact]
        public async Task Made_up_addresses_never_hold_more_than_the_limit_and_leave_real_pages_alone()
        {
            var client = site.CreateClient();
            await client.GetStringAsync("/compare/trio");
            await client.GetStringAsync("/compare/trio");
            var pages = site.Entries("page");

            // Each asked for twice, so each is a candidate to keep.
            for (var i = 0; i < 200; i++)
            {
                for (var time = 0; time < 2; time++)
                {
                    using var junk = await client.GetAsync($"/compare/trio/aspects/made-up-{i}");
                    Assert.Equal(HttpStatusCode.NotFound, junk.StatusCode);
                    Assert.InRange(site.Bytes("error-page"), 0, SmallErrorPageMemory.Kilobytes * 1024);
                }
            }

            // Each 404 page is a few kilobytes, so most of the 200 were turned away or dropped again.
            Assert.InRange(site.Entries("error-page"), 1, 20);
            Assert.Equal(pages, site.Entries("page"));
            var page = await client.GetPageAsync("/compare/trio/aspects/sped", HttpStatusCode.NotFound);
            Assert.Equal("/compare/trio/aspects/speed", page.QuerySelector("main ul li a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task New_content_replaces_a_kept_error_page()
    {
        using var content = ContentFolder.CopyOfFixture();
        using var site = new WatchedSiteFactory(content.Directory);
        var client = site.CreateClient();
        var generation = (await client.GetHealthAsync()).Content.Generation;
        (await client.GetAsync("/compare/trio/aspects/made-up")).Dispose();
        using var kept = await client.GetAsync("/compare/trio/aspects/made-up");
        Assert.Contains("Quill vs Lantern vs Harbor", await kept.Content.ReadAsStringAsync());

        content.Replace("compare/trio/_index.md", "title: Quill vs Lantern vs Harbor", "title: Quill, Lantern and Harbor");
        await client.WaitForNewContentAsync(generation);
        using var fresh = await client.GetAsync("/compare/trio/aspects/made-up");

        Assert.Equal(HttpStatusCode.NotFound, fresh.StatusCode);
        Assert.Contains("Quill, Lantern and Harbor", await fresh.Content.ReadAsStringAsync());
    }

    /// <summary>The site with room for only a few error pages.</summary>
    public sealed class SmallErrorPageMemory : SiteFactory
    {
        public const int Kilobytes = 16;

        protected override IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>
        {
            ["Caching:ErrorPageMemoryKilobytes"] = Kilobytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
