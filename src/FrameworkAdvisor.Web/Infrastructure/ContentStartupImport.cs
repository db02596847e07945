using FrameworkAdvisor.Content;

namespace FrameworkAdvisor.Web.Infrastructure;

/// <summary>
/// Builds the database from content/ when the site starts. Invalid content stops the start-up: serving a site
/// with missing or broken pages would hide the author's mistake. (Later edits are different: see ContentWatcher.)
/// </summary>
public sealed class ContentStartupImport(ContentRefresh refresh) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var outcome = refresh.Import(ContentRefreshTrigger.Startup);
        return outcome.Succeeded ? Task.CompletedTask : throw new InvalidContentException(outcome.Errors);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
