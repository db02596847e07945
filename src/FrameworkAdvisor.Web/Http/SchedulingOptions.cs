namespace FrameworkAdvisor.Web.Http;

/// <summary>How Kestrel schedules the work of a request; see <see cref="InlineScheduling"/> for what each choice costs.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Run a request on the thread that read it from the socket: more requests per second, a longer tail under overload.</summary>
    public bool Inline { get; set; } = true;
}
