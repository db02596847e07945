using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Web.Tests.Caching;

/// <summary>
/// Pages are served from the page cache after the first visit (the Age header says so, as it would to any shared
/// cache), keyed by the full URL, revalidated with ETags, and compressed for browsers that accept it.
/// </summary>
public sealed partial class PageCachingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string TablePage = "/compare/trio";

    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task A_second_visit_is_served_from_the_cache()
    {
        using var first = await _client.GetAsync("/compare/trio/aspects/speed");
        using var second = await _client.GetAsync("/compare/trio/aspects/speed");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_share_link_is_cached_under_its_own_full_url()
    {
        const string pick = "/compare/trio/choose/result?parts=pick";
        const string admin = "/compare/trio/choose/result?admin=needed";
        var pickBody = await _client.GetStringAsync(pick);
        var adminBody = await _client.GetStringAsync(admin);

        using var pickAgain = await _client.GetAsync(pick);
        using var adminAgain = await _client.GetAsync(admin);

        Assert.NotEqual(pickBody, adminBody);
        Assert.NotNull(pickAgain.Headers.Age);
        Assert.NotNull(adminAgain.Headers.Age);
        Assert.Equal(pickBody, await pickAgain.Content.ReadAsStringAsync());
        Assert.Equal(adminBody, await adminAgain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Another_spelling_of_a_cached_share_link_still_redirects_to_it()
    {
        await _client.GetStringAsync("/compare/trio/choose/result?parts=pick&undecided=yes");
        using var noRedirects = site.CreateClientWithoutRedirects();

        using var response = await noRedirects.GetAsync("/compare/trio/choose/result?undecided=yes&parts=pick");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_revalidating_an_unchanged_page_gets_304_without_a_body()
    {
        using var page = await _client.GetAsync(TablePage);
        var etag = page.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("public, max-age=60", page.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, TablePage);
        request.Headers.IfNoneMatch.Add(etag);
        using var revalidation = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidation.StatusCode);
        Assert.Empty(await revalidation.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, revalidation.Headers.ETag);
    }

    [Fact]
    public async Task A_revalidation_reaching_a_fresh_instance_is_still_answered_304()
    {
        using var page = await _client.GetAsync("/compare/trio/aspects/admin");
        using var restarted = new SiteFactory();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/compare/trio/aspects/admin");
        request.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        using var revalidation = await restarted.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidation.StatusCode);
        Assert.Equal(page.Headers.ETag, revalidation.Headers.ETag);
        Assert.Equal("public, max-age=60", revalidation.Headers.CacheControl?.ToString());
        Assert.Empty(await revalidation.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_etag_never_turns_a_missing_page_into_304()
    {
        using var page = await _client.GetAsync(TablePage);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/compare/trio/aspects/no-such-aspect");
        request.Headers.IfNoneMatch.Add(page.Headers.ETag!);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, TablePage);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"older-content\"", isWeak: true));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<table", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_for_browsers_that_accept_it_and_say_so_for_caches(string encoding)
    {
        var plain = await _client.GetStringAsync(TablePage);
        using var request = new HttpRequestMessage(HttpMethod.Get, TablePage);
        request.Headers.AcceptEncoding.ParseAdd(encoding);

        // Twice: the first response is rendered and compressed, the second comes compressed from the cache.
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await _client.SendAsync(Clone(request));
            var compressed = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.True(compressed.Length < Encoding.UTF8.GetByteCount(plain) / 3, $"{compressed.Length} bytes is barely compressed");
            Assert.Equal(plain, Decompress(compressed, encoding));
        }
    }

    [Fact]
    public async Task The_uncompressed_form_also_tells_shared_caches_that_it_depends_on_accept_encoding()
    {
        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var response = await _client.GetAsync(TablePage);

            Assert.Empty(response.Content.Headers.ContentEncoding);
            Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
        }
    }

    [Fact]
    public async Task Error_pages_are_never_offered_to_browsers_or_shared_caches()
    {
        using var first = await _client.GetAsync("/compare/trio/aspects/no-such-aspect");
        using var second = await _client.GetAsync("/compare/trio/aspects/no-such-aspect");

        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        AssertNothingLetsItBeKept(second);
    }

    [Fact]
    public async Task A_recommendation_posted_to_the_api_is_never_answered_by_the_page_cache()
    {
        const string body = """{"answers": {"parts": "pick"}}""";
        var kept = site.Entries("page");
        using var first = await _client.PostAsync("/api/comparisons/trio/recommendation", new StringContent(body, Encoding.UTF8, "application/json"));
        using var second = await _client.PostAsync("/api/comparisons/trio/recommendation", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Null(second.Headers.ETag);
        Assert.Equal(kept, site.Entries("page"));
    }

    [Fact]
    public async Task Development_renders_every_page_afresh_so_an_authors_edit_shows_at_once()
    {
        await using var development = new DevelopmentSite();
        var client = development.CreateClient();

        using var first = await client.GetAsync("/compare/trio/aspects/speed");
        using var second = await client.GetAsync("/compare/trio/aspects/speed");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        AssertNothingLetsItBeKept(second);
    }

    [Fact]
    public async Task Pages_link_fingerprinted_assets_that_browsers_may_keep_for_a_year()
    {
        var page = await _client.GetStringAsync(TablePage);
        var stylesheets = Stylesheet().Matches(page).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["href"].Value)).ToList();
        Assert.Contains(stylesheets, href => FingerprintedSiteStylesheet().IsMatch(href));
        Assert.Contains(stylesheets, href => href.StartsWith("/styles/frameworks.css?v=", StringComparison.Ordinal));

        // Every stylesheet a page links is versioned, so each may be kept for a year, the content's colours too.
        foreach (var href in stylesheets)
        {
            using var response = await _client.GetAsync(href);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
            Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), $"{href}: {response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task The_colours_asked_for_by_an_old_version_or_none_are_the_current_ones_kept_for_a_minute()
    {
        foreach (var href in new[] { "/styles/frameworks.css", "/styles/frameworks.css?v=000000000000" })
        {
            using var response = await _client.GetAsync(href);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("public, max-age=60", response.Headers.CacheControl?.ToString());
            Assert.Contains("--framework", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)">""")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("""^/css/site\.[a-z0-9]{6,}\.css$""")]
    private static partial Regex FingerprintedSiteStylesheet();

    /// <summary>No age, no validator and no Cache-Control: neither this cache nor a browser's may keep the answer.</summary>
    private static void AssertNothingLetsItBeKept(HttpResponseMessage response)
    {
        Assert.Null(response.Headers.Age);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }

    private sealed class DevelopmentSite : SiteFactory
    {
        protected override string EnvironmentName => "Development";
    }

    private static HttpRequestMessage Clone(HttpRequestMessage request)
    {
        var clone = new HttpRequestMessage(request.Method, request.RequestUri);
        foreach (var header in request.Headers)
        {
            clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return clone;
    }

    private static string Decompress(byte[] body, string encoding)
    {
        using Stream decompressor = encoding == "br"
            ? new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
