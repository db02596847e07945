using System.Net;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.Features.Health;

/// <summary>/healthz tells an operator which content is live and since when, and is never cached.</summary>
public sealed class HealthTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Reports_healthy_with_the_version_of_the_content_folder_and_when_it_was_imported()
    {
        var before = DateTimeOffset.UtcNow;
        var client = site.CreateClient();
        var expectedVersion = new ContentLoader(new MarkdownRenderer()).Load(TestPaths.FixtureContent).Content!.Version;

        var report = await client.GetHealthAsync();

        Assert.Equal("healthy", report.Status);
        Assert.Equal(expectedVersion, report.Content.Version);
        Assert.Equal(1, report.Content.Generation);
        Assert.InRange(report.Content.ImportedAt, before.AddMinutes(-5), DateTimeOffset.UtcNow);
        Assert.Null(report.LastRejectedEdit);
    }

    [Fact]
    public async Task Is_never_cached_and_live_reload_is_off_by_default_in_production()
    {
        using var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Null(response.Headers.Age);
        Assert.False((await site.CreateClient().GetHealthAsync()).WatchingForChanges);
    }
}
