using System.ComponentModel.DataAnnotations;

namespace FrameworkAdvisor.Web.Site;

/// <summary>Settings about how the site presents itself.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required]
    public string Name { get; set; } = "FrameworkAdvisor";

    /// <summary>
    /// The public origin (scheme and host) used in canonical links and the sitemap, such as https://example.org.
    /// When unset, the request's own origin is used, which is right for local runs.
    /// </summary>
    public Uri? PublicOrigin { get; set; }
}
