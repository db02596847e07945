using FrameworkAdvisor.Web.Site;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Http;

/// <summary>
/// Absolute URLs for canonical links, previews, the sitemap, robots.txt and share links: from Site:PublicOrigin when
/// set, else from the request's own origin, whose host host filtering has already checked against AllowedHosts (see
/// <see cref="SiteOptionsServiceCollectionExtensions.AddSiteOptions"/>), so a request cannot make the site link elsewhere.
/// </summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public string Absolute(HttpRequest request, string path)
    {
        var origin = options.Value.PublicOrigin?.GetLeftPart(UriPartial.Authority) ?? $"{request.Scheme}://{request.Host}";
        return origin + path;
    }
}
