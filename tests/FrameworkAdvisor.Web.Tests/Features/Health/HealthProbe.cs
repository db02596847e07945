using System.Net.Http.Json;
using FrameworkAdvisor.Web.Features.Health;

namespace FrameworkAdvisor.Web.Tests.Features.Health;

/// <summary>Reads /healthz the way an operator's probe would, and waits on it for a live reload to land.</summary>
internal static class HealthProbe
{
    // Generous: a reload takes tens of milliseconds, but CI machines can be slow and busy.
    private static readonly TimeSpan ReloadDeadline = TimeSpan.FromSeconds(20);

    public static async Task<SiteHealthReport> GetHealthAsync(this HttpClient client) =>
        await client.GetFromJsonAsync<SiteHealthReport>("/healthz") ?? throw new Xunit.Sdk.XunitException("/healthz returned no body");

    /// <summary>Waits until content newer than <paramref name="generation"/> is live, and returns the new report.</summary>
    public static Task<SiteHealthReport> WaitForNewContentAsync(this HttpClient client, int generation) =>
        client.WaitForHealthAsync(report => report.Content.Generation > generation, $"content newer than generation {generation}");

    public static async Task<SiteHealthReport> WaitForHealthAsync(this HttpClient client, Func<SiteHealthReport, bool> condition, string description)
    {
        var deadline = DateTime.UtcNow + ReloadDeadline;
        while (true)
        {
            var report = await client.GetHealthAsync();
            if (condition(report))
            {
                return report;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"/healthz never reported {description}; last report: {report}");
            }

            await Task.Delay(25);
        }
    }
}
