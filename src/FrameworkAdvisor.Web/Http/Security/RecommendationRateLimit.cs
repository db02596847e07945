using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using FrameworkAdvisor.Recommendations;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Http.Security;

/// <summary>
/// A per-client limit on POST /api/comparisons/{slug}/recommendation, the one endpoint whose work (scoring every
/// answer set and searching for what would change it) a client can ask for without the page cache absorbing it.
/// Pages and the other API reads are not limited. Over the limit a client gets 429 with Retry-After and a
/// ProblemDetails body that says when to try again.
/// </summary>
public static class RecommendationRateLimit
{
    /// <summary>Named on the action with [EnableRateLimiting], so no other endpoint is limited by accident.</summary>
    public const string PolicyName = "recommendations";

    public static IServiceCollection AddRecommendationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddProblemTypes();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.RecommendationsPerWindow,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Refuses a client over its limit before the action runs; other endpoints pass straight through.</summary>
    public static WebApplication UseRecommendationRateLimit(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// The client's address, with IPv6 cut to its /64: one home or server is usually given a whole /64, so counting
    /// each address in it separately would let one client rotate through billions of them.
    /// </summary>
    internal static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : limits.WindowSeconds;
        retryAfter = Math.Max(1, retryAfter);

        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"This address allows {Counted.Of(limits.RecommendationsPerWindow, "recommendation")} per {Counted.Of(limits.WindowSeconds, "second")} " +
            $"from one client. Try again in {Counted.Of(retryAfter, "second")}.");
    }
}
