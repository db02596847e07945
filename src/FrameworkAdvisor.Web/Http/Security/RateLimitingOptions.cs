using System.ComponentModel.DataAnnotations;

namespace FrameworkAdvisor.Web.Http.Security;

/// <summary>
/// The limits on work the page cache cannot absorb (see <see cref="WorkLimits"/>). Each kind of work has a bound on
/// the machine (how many requests of it run at once, with a short queue) and a per-client limit (how many one
/// client address may ask for per window). The defaults keep a cached page answering on a 2-core machine while one
/// kind is flooded; docs/operations.md says what to raise on a bigger one.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>False turns every per-client limit off (a benchmark from one address); the bounds stay.</summary>
    public bool PerClientLimits { get; set; } = true;

    /// <summary>The window of every per-client limit.</summary>
    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;

    [Range(1, 1_000_000)]
    public int RecommendationsPerWindow { get; set; } = 60;

    [Range(1, 1_000_000)]
    public int CardsPerWindow { get; set; } = 120;

    [Range(1, 1_000_000)]
    public int SearchesPerWindow { get; set; } = 300;

    [Range(1, 1_000_000)]
    public int ResultsPerWindow { get; set; } = 300;

    /// <summary>Cards drawn at once: a drawing keeps a core busy for tens of milliseconds.</summary>
    [Range(1, 256)]
    public int CardsAtOnce { get; set; } = 1;

    /// <summary>
    /// Uncached searches at once: on 2 cores a second one at once gains searches little and costs cached pages much
    /// (measured in docs/performance.md).
    /// </summary>
    [Range(1, 256)]
    public int SearchesAtOnce { get; set; } = 1;

    /// <summary>Result pages (a share link's first view) rendered at once.</summary>
    [Range(1, 256)]
    public int ResultsAtOnce { get; set; } = 1;

    /// <summary>API recommendations and decision records made at once.</summary>
    [Range(1, 256)]
    public int RecommendationsAtOnce { get; set; } = 1;

    /// <summary>
    /// Searches, result pages or recommendations that may wait for a turn, each kind apart; past that they are turned
    /// away at once. Each waits well under a millisecond, so a queue this long is still short in time.
    /// </summary>
    [Range(0, 10_000)]
    public int QueueLength { get; set; } = 64;

    /// <summary>Cards that may wait for a turn: each takes tens of milliseconds, so only a few wait.</summary>
    [Range(0, 10_000)]
    public int CardQueueLength { get; set; } = 2;

    /// <summary>The Retry-After of a 503 from a full bound: the bound frees up within moments.</summary>
    [Range(1, 3_600)]
    public int BusyRetryAfterSeconds { get; set; } = 1;
}
