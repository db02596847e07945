using System.Diagnostics.Metrics;
using FrameworkAdvisor.Web.Caching;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace FrameworkAdvisor.Web.Tests.Caching;

/// <summary>Reads one site's page cache metrics, as dotnet-counters would show them to an operator.</summary>
internal static class PageCacheMetrics
{
    /// <summary>Answers the cache holds now, of one kind ("page" or "error-page").</summary>
    public static long Entries(this WebApplicationFactory<Program> site, string kind) => Gauge(site, "page_cache.entries", kind);

    /// <summary>Estimated bytes the cache holds now, of one kind.</summary>
    public static long Bytes(this WebApplicationFactory<Program> site, string kind) => Gauge(site, "page_cache.size", kind);

    private static long Gauge(WebApplicationFactory<Program> site, string instrument, string kind)
    {
        using var collector = new MetricCollector<long>(site.Services.GetRequiredService<IMeterFactory>(), PageCache.MeterName, instrument);
        collector.RecordObservableInstruments();
        return collector.GetMeasurementSnapshot().Single(measurement => Equals(measurement.Tags["kind"], kind)).Value;
    }
}
