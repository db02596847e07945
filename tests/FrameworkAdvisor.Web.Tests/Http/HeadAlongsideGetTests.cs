using System.Net;

namespace FrameworkAdvisor.Web.Tests.Http;

public sealed class HeadAlongsideGetTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/compare/trio", HttpStatusCode.OK)]
    [InlineData("/compare/trio/aspects/admin", HttpStatusCode.OK)]
    [InlineData("/sitemap.xml", HttpStatusCode.OK)]
    [InlineData("/compare/trio/aspects/pricing", HttpStatusCode.NotFound)]
    public async Task Head_answers_with_the_same_status_and_type_as_get(string path, HttpStatusCode expected)
    {
        // The in-memory test server keeps the body; Kestrel drops it for HEAD.
        var client = site.CreateClient();
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        using var get = await client.GetAsync(path);

        Assert.Equal(expected, head.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }
}
