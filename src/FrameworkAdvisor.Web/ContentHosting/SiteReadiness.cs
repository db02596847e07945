using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrameworkAdvisor.Web.ContentHosting;

/// <summary>
/// Whether this instance should be sent traffic: only once the start-up import has put content live, and no longer
/// once it has been told to stop. Liveness is another question (does the process answer at all?), which /healthz
/// answers even while this says no. As a health check it is /readyz, with the state as its one word.
/// </summary>
public sealed class SiteReadiness(ContentStartupImport startup, IHostApplicationLifetime lifetime) : IHealthCheck
{
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

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = State;
        var status = state == ReadinessState.Ready ? HealthStatus.Healthy : context.Registration.FailureStatus;
        return Task.FromResult(new HealthCheckResult(status, state.ToString().ToLowerInvariant()));
    }
}

public enum ReadinessState
{
    Starting,
    Ready,
    Stopping,
    Failed,
}
