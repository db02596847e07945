using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Tests.Http;

/// <summary>Kestrel runs requests inline by default, and an operator who prefers a shorter tail under overload can say no.</summary>
public sealed class InlineSchedulingTests
{
    [Fact]
    public void Kestrel_runs_requests_on_the_thread_that_read_them_by_default()
    {
        using var site = new SiteFactory();

        Assert.True(site.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
    }

    [Fact]
    public async Task Scheduling_Inline_false_hands_requests_to_the_thread_pool_and_the_site_still_serves()
    {
        using var site = new WithoutInlineScheduling();
        using var response = await site.CreateClient().GetAsync("/compare/trio");

        Assert.False(site.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class WithoutInlineScheduling : SiteFactory
    {
        protected override IReadOnlyDictionary<string, string> ExtraSettings { get; } = new Dictionary<string, string>
        {
            ["Scheduling:Inline"] = "false",
        };
    }
}
