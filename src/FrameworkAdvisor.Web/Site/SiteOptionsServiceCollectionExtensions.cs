using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Site;

public static class SiteOptionsServiceCollectionExtensions
{
    /// <summary>Where a request may come from when no AllowedHosts are configured: this machine, under any port.</summary>
    public static readonly string[] LocalHosts = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>
    /// Binds the site's settings and validates them when the host starts, not on first use. Absolute URLs (canonical
    /// links, og:*, the sitemap, robots.txt, share links) are built from Site:PublicOrigin when it is set, else from the
    /// request's host, so the hosts a request may name are limited too: ASP.NET Core's host filtering answers any other
    /// with 400 before the site runs. Its AllowedHosts setting defaults here to this machine (not "*"), so the README's
    /// commands work on localhost with no settings; the public origin's host is always allowed.
    /// </summary>
    public static IServiceCollection AddSiteOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.PublicOrigin is null || (o.PublicOrigin.IsAbsoluteUri && o.PublicOrigin.AbsolutePath == "/"),
                "Site:PublicOrigin must be an absolute origin such as https://example.org, with no path")
            .Validate<IConfiguration>((o, config) => o.PublicOrigin is not null || !ConfiguredHosts(config).Contains("*"),
                "AllowedHosts is \"*\", so absolute links would name whatever host a request claims: set Site:PublicOrigin, " +
                "or list the hosts the site answers to in AllowedHosts (such as example.org;www.example.org)")
            .ValidateOnStart();
        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<SiteOptions>, IConfiguration>((hosts, site, config) =>
        {
            var configured = ConfiguredHosts(config);
            var allowed = configured.Length > 0 ? configured : LocalHosts;
            hosts.AllowedHosts = site.Value.PublicOrigin is { } origin ? [.. allowed, origin.IdnHost] : [.. allowed];

            // A bare 400, which the site's short error answer writes out (ShortErrorAnswers) like its other errors.
            hosts.IncludeFailureMessage = false;
        });
        return services;
    }

    /// <summary>Read when options are built, not when services are added, so every configuration source has been applied.</summary>
    private static string[] ConfiguredHosts(IConfiguration configuration) =>
        (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
