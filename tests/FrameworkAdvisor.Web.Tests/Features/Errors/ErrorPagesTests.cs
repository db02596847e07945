using System.Net;
using System.Threading.RateLimiting;
using AngleSharp.Html.Parser;
using FrameworkAdvisor.Web.Features.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkAdvisor.Web.Tests.Features.Errors;

public sealed class ErrorPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Not_found_page_suggests_the_page_whose_address_is_nearest()
    {
        var page = await _client.GetPageAsync("/compare/trio/aspects/sped", HttpStatusCode.NotFound);

        var suggestion = page.QuerySelector("main ul li a")!;
        Assert.Equal("/compare/trio/aspects/speed", suggestion.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task Not_found_page_suggests_the_page_about_the_words_in_the_address_by_the_sites_search()
    {
        // "quickly" is spelled like no page's address, but the speed page is about how quickly each toolkit answers.
        var page = await _client.GetPageAsync("/compare/trio/aspects/quickly", HttpStatusCode.NotFound);

        Assert.Equal("/compare/trio/aspects/speed", page.QuerySelector("main ul li a")?.GetAttribute("href"));
        Assert.Equal("Speed", page.QuerySelector("main ul li a")?.TextContent);
    }

    [Fact]
    public async Task While_its_search_bound_is_full_a_not_found_page_answers_at_once_without_suggestions_and_is_not_kept()
    {
        const string address = "/compare/trio/aspects/quickly-now";
        var bound = site.Services.GetRequiredKeyedService<RateLimiter>(NotFoundSuggestions.BoundKey);
        using (var held = bound.AttemptAcquire())
        {
            Assert.True(held.IsAcquired);
            using var busy = await _client.GetAsync(address);
            Assert.Equal(HttpStatusCode.NotFound, busy.StatusCode);
            var busyPage = await new HtmlParser().ParseDocumentAsync(await busy.Content.ReadAsStringAsync());

            Assert.Null(busyPage.QuerySelector("a[href='/compare/trio/aspects/speed']"));
            Assert.NotNull(busyPage.QuerySelector("a[href='/compare/trio']"));
            Assert.Contains("no-store", busy.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        }

        // Once a turn is free, the same address gets its suggestions: the page without them was not kept.
        var page = await _client.GetPageAsync(address, HttpStatusCode.NotFound);
        Assert.NotNull(page.QuerySelector("a[href='/compare/trio/aspects/speed']"));
    }

    [Fact]
    public async Task Not_found_page_shows_the_requested_address_escaped_never_as_markup()
    {
        using var response = await _client.GetAsync("/compare/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Very_long_addresses_are_shortened_when_shown_back()
    {
        var page = await _client.GetPageAsync("/" + new string('a', 2000), HttpStatusCode.NotFound);

        Assert.True(page.Text("main code").Length <= 121);
    }

    [Fact]
    public async Task A_post_to_a_page_gets_a_4xx_not_a_500()
    {
        using var response = await _client.PostAsync("/compare/trio", new FormUrlEncodedContent([new("x", "1")]));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Asking_for_an_error_page_directly_is_a_plain_404()
    {
        var page = await _client.GetPageAsync("/errors/500", HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.Text("h1"));
    }
}
