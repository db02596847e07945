using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using FrameworkAdvisor.Recommendations;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Http.Security;

/// <summary>
/// Limits on the work the page cache cannot absorb: drawing a card, a search with new words, a share link's first
/// view, and a recommendation or decision record made to order. An endpoint opts in with one attribute,
/// <c>[EnableRateLimiting(WorkLimits.Cards)]</c> and so on, and then gets two limits, checked in this order:
/// <list type="number">
/// <item>per client (the address as the forwarded-headers step reports it): a token bucket per kind of work, so one
/// client's flood is refused with 429 before it takes a turn from anyone else. <c>RateLimiting:PerClientLimits=false</c>
/// turns these off.</item>
/// <item>on the machine: a concurrency limiter per kind with a short queue, so however many clients ask, that kind
/// never takes more of the machine than its bound. Past the queue the answer is 503 at once.</item>
/// </list>
/// Both say when to try again (Retry-After). API paths get a ProblemDetails; pages and cards get the site's own page.
/// Cache hits never get here: the page cache answers them earlier in the pipeline.
/// </summary>
public static class WorkLimits
{
    public const string Cards = "cards";
    public const string Search = "search";
    public const string Results = "results";
    public const string Recommendations = "recommendations";

    private static readonly WorkKind[] Kinds =
    [
        new(Cards, "card", limits => limits.CardsAtOnce, limits => limits.CardQueueLength, limits => limits.CardsPerWindow),
        new(Search, "search request", limits => limits.SearchesAtOnce, limits => limits.QueueLength, limits => limits.SearchesPerWindow),
        new(Results, "result page", limits => limits.ResultsAtOnce, limits => limits.QueueLength, limits => limits.ResultsPerWindow),
        new(Recommendations, "recommendation", limits => limits.RecommendationsAtOnce, limits => limits.QueueLength, limits => limits.RecommendationsPerWindow),
    ];

    public static IServiceCollection AddWorkLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddProblemTypes();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((options, settings) =>
        {
            var limits = settings.Value;
            foreach (var kind in Kinds)
            {
                options.AddPolicy(kind.Name, new BoundPolicy(kind, limits));
            }

            // The global limiter runs before an endpoint's policy, so a client over its own limit is refused before
            // it waits for a turn on the machine. Endpoints that name no kind of work pass it with no limit.
            if (limits.PerClientLimits)
            {
                options.GlobalLimiter = PerClient(limits);
                options.OnRejected = (rejected, _) => RefuseClientAsync(rejected, limits);
            }
        });
        return services;
    }

    public static WebApplication UseWorkLimits(this WebApplication app)
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

    private static WorkKind? KindOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName is { } name
            ? Array.Find(Kinds, kind => kind.Name == name)
            : null;

    /// <summary>A token bucket per kind of work and client, as full as the window's allowance and refilled each window.</summary>
    private static PartitionedRateLimiter<HttpContext> PerClient(RateLimitingOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => KindOf(context) is { } kind
            ? RateLimitPartition.GetTokenBucketLimiter($"{kind.Name} {ClientKey(context.Connection.RemoteIpAddress)}", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = kind.PerWindow(limits),
                TokensPerPeriod = kind.PerWindow(limits),
                ReplenishmentPeriod = TimeSpan.FromSeconds(limits.WindowSeconds),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static ValueTask RefuseClientAsync(OnRejectedContext rejected, RateLimitingOptions limits)
    {
        var context = rejected.HttpContext;
        var kind = KindOf(context) ?? Kinds[^1];
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? (int)Math.Ceiling(wait.TotalSeconds)
            : limits.WindowSeconds;
        return RefuseAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests", Math.Max(1, retryAfter),
            $"This address allows {Counted.Of(kind.PerWindow(limits), kind.Noun)} per {Counted.Of(limits.WindowSeconds, "second")} from one client.");
    }

    private static ValueTask RefuseAsync(HttpContext context, int status, string title, int retryAfter, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);

        // A page or card gets the site's own short page from the error pages, which answer any bare error status.
        return ProblemResponses.IsApi(context.Request.Path)
            ? new ValueTask(ProblemResponses.WriteAsync(context, status, title, $"{detail} Try again in {Counted.Of(retryAfter, "second")}."))
            : ValueTask.CompletedTask;
    }

    private sealed record WorkKind(
        string Name, string Noun, Func<RateLimitingOptions, int> AtOnce, Func<RateLimitingOptions, int> Queue, Func<RateLimitingOptions, int> PerWindow);

    /// <summary>One concurrency limiter per kind of work, shared by every client, with a short first-come queue.</summary>
    private sealed class BoundPolicy(WorkKind kind, RateLimitingOptions limits) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (rejected, _) =>
            RefuseAsync(rejected.HttpContext, StatusCodes.Status503ServiceUnavailable, "Busy", limits.BusyRetryAfterSeconds,
                $"The site is making as many {Counted.Word(2, kind.Noun)} as it can at once.");

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
            RateLimitPartition.GetConcurrencyLimiter(kind.Name, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = kind.AtOnce(limits),
                QueueLimit = kind.Queue(limits),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
    }
}
