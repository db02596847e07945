using System.ComponentModel.DataAnnotations;

namespace FrameworkAdvisor.Web.Http;

/// <summary>How long a stopping instance gives the requests it is serving to finish.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>
    /// On SIGTERM (a deploy, a scale-down) the server stops accepting connections at once and waits this long for
    /// requests in flight; whatever is still running then is cut off. Every page and API call takes milliseconds, so
    /// the wait only runs long for a client that sends its request slowly. Keep it below the orchestrator's own grace
    /// period (30 s in Kubernetes), or the process is killed first.
    /// </summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 25;
}
