using FrameworkAdvisor.Web.Site;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Http;

/// <summary>Absolute URLs for canonical links and the sitemap.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public string Absolute(HttpRequest request, string path)
    {
        var origin = options.Value.PublicOrigin?.GetLeftPart(UriPartial.Authority) ?? $"{request.Scheme}://{request.Host}";
        return origin + path;
    }
}
