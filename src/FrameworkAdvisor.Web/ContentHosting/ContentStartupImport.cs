using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.ContentHosting;

/// <summary>
/// Builds the database from content/ when the site starts. The import runs in the background while the rest of
/// start-up goes on (Kestrel binding, the first request's MVC set-up), which on a small machine is the difference
/// between a start under a second and one over it; <see cref="ContentReadyGateExtensions.UseContentReadyGate"/> holds every request until it is
/// done, so no request ever sees a missing database. Invalid content stops the site with exit code 1: serving a
/// site with missing or broken pages would hide the author's mistake. (Later edits are different: see ContentWatcher.)
/// </summary>
public sealed class ContentStartupImport(ContentRefresh refresh, IHostApplicationLifetime lifetime) : IHostedService
{
    private readonly TaskCompletionSource<ImportOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the start-up import has finished, successfully or not.</summary>
    public Task<ImportOutcome> Outcome => _outcome.Task;

    /// <summary>The errors that stopped the site, once the import has failed; otherwise null.</summary>
    public IReadOnlyList<ContentError>? Errors =>
        Outcome.IsCompletedSuccessfully && !Outcome.Result.Succeeded ? Outcome.Result.Errors : null;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                var outcome = refresh.Import(ContentRefreshTrigger.Startup);
                _outcome.SetResult(outcome);
                if (!outcome.Succeeded)
                {
                    StopOnceStarted();
                }
            }
            catch (Exception ex)
            {
                // Not a content error (a full disk, say): stop rather than serve nothing, and let RunSiteAsync report it.
                _outcome.SetException(ex);
                StopOnceStarted();
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Stopping while the host is still starting cancels Kestrel's bind and surfaces as a crash with a stack trace;
    /// waiting for "started" (at once, if it already has) gives a clean stop and RunSiteAsync its plain message.
    /// </summary>
    private void StopOnceStarted() => lifetime.ApplicationStarted.Register(lifetime.StopApplication);
}
