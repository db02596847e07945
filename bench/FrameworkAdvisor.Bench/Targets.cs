namespace FrameworkAdvisor.Bench;

/// <summary>What the site must reach on the bench; each figure is judged as the report prints it.</summary>
internal static class Targets
{
    /// <summary>Comparison page requests/s over nginx's for the same bytes.</summary>
    public const double ComparisonMinRatio = 0.60;

    /// <summary>Result (share link) page requests/s over nginx's.</summary>
    public const double ResultMinRatio = 0.40;

    /// <summary>Every site endpoint, at BENCH_CONNECTIONS connections.</summary>
    public const double P99MaxMs = 5;

    /// <summary>Median, process start to the first 200 of the comparison page.</summary>
    public const double ColdStartMaxMs = 1000;

    /// <summary>Load ms per 1x unit at the largest size over that at the next size down.</summary>
    public const double LinearMaxGrowth = 2;
}
