using System.Net;
using FrameworkAdvisor.TestSupport;
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
    public async Task During_the_start_up_import_readiness_answers_starting_at_once_and_health_waits_for_the_content()
    {
        // One content file is a named pipe: the import blocks reading it until the test writes the file's text.
        using var content = ContentFolder.CopyOfFixture();
        var held = content.PathOf("compare/trio/_index.md");
        var text = await content.HoldAsync("compare/trio/_index.md");

        using var starting = new FolderSiteFactory(content.Directory);
        var client = starting.CreateClient();
        var readiness = client.GetAsync("/readyz");
        var health = client.GetAsync("/healthz");
        var answeredAtOnce = await Task.WhenAny(readiness, Task.Delay(TimeSpan.FromSeconds(10))) == readiness;
        await Task.Delay(200);
        var healthWaited = !health.IsCompleted;
        await File.WriteAllTextAsync(held, text);
        using var early = await readiness;
        using var report = await health;

        Assert.True(answeredAtOnce, "/readyz waited for the import");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        Assert.Equal("starting\n", await early.Content.ReadAsStringAsync());
        Assert.True(healthWaited, "/healthz answered before the content it reports was live");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("ready\n", await client.GetStringAsync("/readyz"));
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
