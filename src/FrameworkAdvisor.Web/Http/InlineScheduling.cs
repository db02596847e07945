using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Http;

/// <summary>
/// Whether Kestrel runs each request on the thread that read it from the socket (<see cref="SchedulingOptions.Inline"/>),
/// instead of handing it to another thread-pool thread first.
///
/// Why on by default: with replayed pages costing almost nothing of their own, a profile of the comparison page under
/// wrk (perf, 2 cores) put the largest remaining cost in that hand-off: about a tenth of the samples in the kernel's
/// context switching, a thread wake-up per request that nginx's one-thread event loop never makes. Alternating 5 s
/// runs of the same page: 71,900–77,100 requests/s without it and 79,200–82,700 with it in quiet moments of the
/// machine, 54,200–56,300 against 59,400–76,600 in busy ones.
///
/// What it costs: Kestrel calls the setting "unsafe" because a request that blocks holds the thread its connection is
/// read on. On Linux that is a thread-pool thread (the runtime's epoll thread only dispatches socket completions), so
/// a blocking request (a SQLite read, drawing a card) holds one pool thread, as it would anyway. But when slow,
/// uncached work saturates the CPU, cheap requests wait behind it less fairly: with 32 connections of uncached
/// searches running, a cached page's median fell from 16–18 ms to 12–13 ms and its throughput rose by half, while its
/// p99 rose from 38–41 ms to 99–262 ms. Turn it off (Scheduling:Inline=false) where that tail matters more than
/// throughput. Never combine it with DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1, which would run requests on the
/// epoll thread itself, where one slow request stalls every connection.
/// </summary>
public static class InlineScheduling
{
    public static IServiceCollection AddInlineScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulingOptions>()
            .Bind(configuration.GetSection(SchedulingOptions.Section))
            .ValidateOnStart();
        services.AddOptions<SocketTransportOptions>().Configure<IOptions<SchedulingOptions>>((transport, scheduling) =>
            transport.UnsafePreferInlineScheduling = scheduling.Value.Inline);
        return services;
    }
}
