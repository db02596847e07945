using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Http.Proxies;

public static class TrustedProxies
{
    /// <summary>
    /// Binds the trusted proxies and sets the framework's forwarded-headers options from them alone. That also
    /// disarms ASPNETCORE_FORWARDEDHEADERS_ENABLED, which would otherwise believe forwarded headers from anyone: with
    /// no trusted proxy configured, no forwarded header is read, whoever sends it.
    /// </summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrustedProxyOptions>()
            .Bind(configuration.GetSection(TrustedProxyOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            var networks = trusted.Value.Networks();
            if (networks.Count == 0)
            {
                // Empty lists would mean "trust every sender" to the middleware, so read no header at all instead.
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            // X-Forwarded-Host is left out: the Host header reaches the site as the client sent it (the proxy passes
            // it on), and absolute URLs take their host from Site:PublicOrigin where one is set.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in networks)
            {
                forwarded.KnownIPNetworks.Add(network);
            }

            // No fixed count of hops: the client is the nearest address in X-Forwarded-For that is not a trusted
            // proxy, so a CDN in front of the load balancer works once both are listed, and an address a client
            // wrote in front of the real ones is never reached.
            forwarded.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>
    /// Rewrites the connection's client address and the request's scheme, only for requests from a trusted proxy.
    /// With none configured the middleware reads no header (see above), so a site reached directly is unaffected.
    /// </summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
