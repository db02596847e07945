using System.Net;
using FrameworkAdvisor.Web.ContentHosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FrameworkAdvisor.Web.Tests.Features.Health;

/// <summary>/readyz tells a load balancer whether to send this instance traffic; /healthz only whether it is alive.</summary>
public sealed class ReadinessTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_instance_with_its_content_live_is_ready_and_says_so_uncached()
    {
        var client = site.CreateClient();
        await client.GetAsync("/healthz");

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready\n", await response.Content.ReadAsStringAsync());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task An_instance_told_to_stop_is_no_longer_ready()
    {
        await site.CreateClient().GetAsync("/healthz");
        var startup = site.Services.GetRequiredService<ContentStartupImport>();
        using var running = new StoppingLifetime(stopping: false);
        using var stopping = new StoppingLifetime();

        Assert.Equal(ReadinessState.Ready, new SiteReadiness(startup, running).State);
        Assert.Equal(ReadinessState.Stopping, new SiteReadiness(startup, stopping).State);
    }

    /// <summary>The host's lifetime at the moment SIGTERM has arrived: stopping, not yet stopped.</summary>
    private sealed class StoppingLifetime(bool stopping = true) : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping
        {
            get
            {
                if (stopping)
                {
                    _stopping.Cancel();
                }

                return _stopping.Token;
            }
        }

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }
}
