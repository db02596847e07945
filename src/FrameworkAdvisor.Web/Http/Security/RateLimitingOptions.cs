using System.ComponentModel.DataAnnotations;

namespace FrameworkAdvisor.Web.Http.Security;

/// <summary>
/// How many recommendations one client address may ask the API for in a window. A person asks for a handful and a
/// script for one a second; only a flood from one address is refused.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    [Range(1, 1_000_000)]
    public int RecommendationsPerWindow { get; set; } = 60;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
