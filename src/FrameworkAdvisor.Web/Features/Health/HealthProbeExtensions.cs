using System.Text;
using FrameworkAdvisor.Web.ContentHosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrameworkAdvisor.Web.Features.Health;

/// <summary>
/// /healthz for people and liveness checks, /readyz for load balancers: the framework's health checks, one tagged for
/// each. Neither reads the database, and neither is cached (the health check middleware says no-store).
/// </summary>
public static class HealthProbeExtensions
{
    public static IServiceCollection AddHealthProbes(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>("content", tags: ["live"])
            .AddCheck<SiteReadiness>("readiness", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// /readyz as a step of the pipeline, not an endpoint, so it answers wherever Program.cs places it: in front of
    /// the content gate, a probe during the start-up import gets "starting" at once instead of waiting.
    /// </summary>
    public static WebApplication UseReadinessProbe(this WebApplication app)
    {
        app.UseHealthChecks("/readyz", Tagged("ready", WriteReadinessAsync));
        return app;
    }

    /// <summary>/healthz as an endpoint like any page, behind the gate: it reports the content the start-up import puts live.</summary>
    public static WebApplication MapHealthReport(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", Tagged("live", WriteReportAsync)).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
        return app;
    }

    private static HealthCheckOptions Tagged(string tag, Func<HttpContext, HealthReport, Task> writer) =>
        new() { Predicate = check => check.Tags.Contains(tag), ResponseWriter = writer };

    private static Task WriteReportAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync((SiteHealthReport)report.Entries.Values.Single().Data[ContentHealthCheck.ReportKey]);

    /// <summary>Plain text, one word, so a probe can match on the status code alone and a person can read it.</summary>
    private static Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        var body = report.Entries.Values.Single().Description + "\n";
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = Encoding.UTF8.GetByteCount(body);
        return context.Response.WriteAsync(body);
    }
}
