using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.ContentHosting;
using FrameworkAdvisor.Web.Features.Cards;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrameworkAdvisor.Web.Features.Health;

/// <summary>
/// What /healthz reports: which content is live and since when. A rejected live edit does not make the site unhealthy
/// (the last good content keeps serving), so it is "degraded", still a 200, and reported so it is not missed.
/// </summary>
public sealed class ContentHealthCheck(
    ContentDatabase database, ContentRefresh refresh, ContentWatcher watcher, IWebHostEnvironment environment, CardRenderer cards) : IHealthCheck
{
    public const string ReportKey = "report";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var live = database.Live;
        var failure = refresh.LastFailure;
        var report = new SiteHealthReport(
            Status: failure is null ? "healthy" : "serving-last-good-content",
            Content: new HealthContent(live.Version, live.ImportedAt, live.Generation),
            WatchingForChanges: watcher.IsEnabled,
            LastRejectedEdit: failure is null ? null : new HealthRejectedEdit(
                failure.At,
                failure.Errors.Count,
                // Error messages name files on disk; only a developer's own machine shows them.
                environment.IsDevelopment() ? failure.Errors.Select(e => e.ToString()).ToList() : null),
            CardsDrawn: cards.Drawn);
        var status = failure is null ? HealthStatus.Healthy : HealthStatus.Degraded;
        return Task.FromResult(new HealthCheckResult(status, report.Status, data: new Dictionary<string, object> { [ReportKey] = report }));
    }
}

/// <summary>The body of /healthz. <see cref="CardsDrawn"/> counts drawings since the start: cards are kept per outcome, so it grows with new outcomes, not new links.</summary>
public sealed record SiteHealthReport(string Status, HealthContent Content, bool WatchingForChanges, HealthRejectedEdit? LastRejectedEdit, long CardsDrawn);

public sealed record HealthContent(string Version, DateTimeOffset ImportedAt, int Generation);

public sealed record HealthRejectedEdit(DateTimeOffset At, int ErrorCount, IReadOnlyList<string>? Errors);
