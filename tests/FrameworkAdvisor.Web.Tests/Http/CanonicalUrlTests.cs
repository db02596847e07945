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
}
