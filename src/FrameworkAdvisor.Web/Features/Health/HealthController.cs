using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.ContentHosting;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkAdvisor.Web.Features.Health;

/// <summary>
/// /healthz for people and liveness checks: which content is live and since when. A rejected live edit does not
/// make the site unhealthy (the last good content keeps serving), but it is reported so it is not missed.
/// /readyz for load balancers: 200 only while this instance should get traffic. Neither reads the database.
/// /readyz answers at once while the start-up import runs (see <see cref="SiteReadiness"/>); /healthz waits for it,
/// as every other request does, since what it reports is the content that import puts live.
/// </summary>
[ApiController]
[ApiExplorerSettings(IgnoreApi = true)] // For operators and load balancers, documented in the README, not part of the API.
public sealed class HealthController(
    ContentDatabase database, ContentRefresh refresh, ContentWatcher watcher, SiteReadiness readiness, IWebHostEnvironment environment) : ControllerBase
{
    [HttpGet("/healthz")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public ActionResult<HealthReport> Get()
    {
        var live = database.Live;
        var failure = refresh.LastFailure;
        var report = new HealthReport(
            Status: failure is null ? "healthy" : "serving-last-good-content",
            Content: new HealthContent(live.Version, live.ImportedAt, live.Generation),
            WatchingForChanges: watcher.IsEnabled,
            LastRejectedEdit: failure is null ? null : new HealthRejectedEdit(
                failure.At,
                failure.Errors.Count,
                // Error messages name files on disk; only a developer's own machine shows them.
                environment.IsDevelopment() ? failure.Errors.Select(e => e.ToString()).ToList() : null));
        return Ok(report);
    }

    /// <summary>Plain text, one word, so a probe can match on the status code alone and a person can read it.</summary>
    [HttpGet("/readyz")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public ContentResult Ready()
    {
        var state = readiness.State;
        return new ContentResult
        {
            StatusCode = state == ReadinessState.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
            Content = state.ToString().ToLowerInvariant() + "\n",
            ContentType = "text/plain; charset=utf-8",
        };
    }
}

public sealed record HealthReport(string Status, HealthContent Content, bool WatchingForChanges, HealthRejectedEdit? LastRejectedEdit);

public sealed record HealthContent(string Version, DateTimeOffset ImportedAt, int Generation);

public sealed record HealthRejectedEdit(DateTimeOffset At, int ErrorCount, IReadOnlyList<string>? Errors);
