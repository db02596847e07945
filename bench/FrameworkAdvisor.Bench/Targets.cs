namespace FrameworkAdvisor.Bench;

/// <summary>What the site must reach on the bench; each figure is judged as the report prints it.</summary>
internal static class Targets
{
    /// <summary>Comparison page requests/s over nginx's for the same bytes, median of the rounds.</summary>
    public const double ComparisonMinRatio = 0.80;

    /// <summary>Result (share link) page requests/s over nginx's.</summary>
    public const double ResultMinRatio = 0.80;

    /// <summary>The site's CPU time per comparison page request over nginx's per request of the same bytes, same round.</summary>
    public const double CpuMaxRatioToNginx = 1.3;

    /// <summary>Each site endpoint's p99 over nginx's p99 in the same round.</summary>
    public const double P99MaxRatioToNginx = 1.5;

    /// <summary>Comparison page requests/s over the Python framework peer's (bench/python_peer.py on gunicorn) for the same bytes.</summary>
    public const double PeerMinRatio = 7;

    /// <summary>404 and 400 page requests/s over the comparison page's.</summary>
    public const double ErrorPageMinRatio = 0.50;

    /// <summary>Resident memory at the end of the soak over that half way through it.</summary>
    public const double SoakMaxMemoryGrowth = 1.10;

    /// <summary>Median, process start to the first 200 of the comparison page.</summary>
    public const double ColdStartMaxMs = 1000;

    /// <summary>Load ms per 1x unit at the largest size over that at the next size down.</summary>
    public const double LinearMaxGrowth = 2;

    /// <summary>The cached page's requests/s while one client floods one kind of uncached work, over its quiet requests/s.</summary>
    public const double FloodReaderMinRatio = 0.40;

    /// <summary>The cached page's p99 during a flood over its quiet p99.</summary>
    public const double FloodReaderMaxP99Ratio = 10;

    /// <summary>Share links never seen before, 2xx answers/s, over the cached page's requests/s in the same round.</summary>
    public const double LinkFirstViewMinRatio = 0.25;

    /// <summary>Searches with new words, 2xx answers/s, over the cached page's requests/s in the same round.</summary>
    public const double SearchNewWordsMinRatio = 0.15;
}
