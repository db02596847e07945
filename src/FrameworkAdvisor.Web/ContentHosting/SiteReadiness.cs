namespace FrameworkAdvisor.Web.ContentHosting;

/// <summary>
/// Whether this instance should be sent traffic: only once the start-up import has put content live, and no longer
/// once it has been told to stop. Liveness is another question (does the process answer at all?), which /healthz
/// answers even while this says no.
/// </summary>
public sealed class SiteReadiness(ContentStartupImport startup, IHostApplicationLifetime lifetime)
{
    /// <summary>Answered past the ready gate, so a load balancer's check never waits on an import.</summary>
    public static readonly PathString ReadinessPath = new("/readyz");

    public ReadinessState State
    {
        get
        {
            var outcome = startup.Outcome;
            if (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                return ReadinessState.Stopping;
            }

            if (!outcome.IsCompleted)
            {
                return ReadinessState.Starting;
            }

            return outcome.IsCompletedSuccessfully && outcome.Result.Succeeded ? ReadinessState.Ready : ReadinessState.Failed;
        }
    }

    public static bool IsProbe(PathString path) => path.Equals(ReadinessPath, StringComparison.OrdinalIgnoreCase);
}

public enum ReadinessState
{
    Starting,
    Ready,
    Stopping,
    Failed,
}
