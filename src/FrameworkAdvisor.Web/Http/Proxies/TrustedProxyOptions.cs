using System.ComponentModel.DataAnnotations;
using System.Net;

namespace FrameworkAdvisor.Web.Http.Proxies;

/// <summary>
/// Which proxies (a load balancer, a CDN) may tell the site who the client is and whether it used HTTPS, through
/// X-Forwarded-For and X-Forwarded-Proto. None by default: a site reached directly must not believe headers any
/// client can send, or one client could pose as many to the rate limit, or claim HTTPS over plain HTTP.
/// </summary>
public sealed class TrustedProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>
    /// Addresses (10.0.0.5, ::1) or networks in CIDR form (10.0.0.0/8, fd00::/8) of the proxies in front of the site.
    /// Set as ForwardedHeaders__TrustedProxies__0, ForwardedHeaders__TrustedProxies__1 and so on in the environment.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    public IReadOnlyList<IPNetwork> Networks() => [.. TrustedProxies.Select(entry => TryParse(entry, out var network) ? network : throw new FormatException(entry))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TrustedProxies
            .Where(entry => !TryParse(entry, out _))
            .Select(entry => new ValidationResult(
                $"ForwardedHeaders:TrustedProxies has '{entry}', which is neither an IP address nor a network such as 10.0.0.0/8",
                [nameof(TrustedProxies)]));

    /// <summary>A single address is a network of one, so both forms go through the same check.</summary>
    private static bool TryParse(string? entry, out IPNetwork network)
    {
        var text = entry?.Trim() ?? "";
        if (IPAddress.TryParse(text, out var address) && !text.Contains('/', StringComparison.Ordinal))
        {
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return IPNetwork.TryParse(text, out network);
    }
}
