using System.Net;

namespace FrameworkAdvisor.Web.Tests.Http;

public sealed class CanonicalUrlTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/compare/Trio", "/compare/trio")]
    [InlineData("/compare/trio/", "/compare/trio")]
    [InlineData("/compare/trio/Aspects/Speed/", "/compare/trio/aspects/speed")]
    [InlineData("/compare/trio/faq/?utm=x", "/compare/trio/faq?utm=x")]
    [InlineData("/compare", "/")]
    public async Task Other_spellings_of_a_page_redirect_permanently_to_its_one_url(string requested, string canonical)
    {
        using var response = await site.CreateClientWithoutRedirects().GetAsync(requested);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/compare/Trio--Speed")]
    [InlineData("/compare/-Trio/")]
    [InlineData("/compare/trio//faq")]
    [InlineData("/compare/trio/Aspects/Speed/Extra/More")]
    public async Task Addresses_that_are_not_slugs_in_any_case_are_not_redirected_but_answer_404(string requested)
    {
        using var response = await site.CreateClientWithoutRedirects().GetAsync(requested);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
