namespace FrameworkAdvisor.Bench;

/// <summary>Something wrk measures, by the short name bench/run.sh gives its wrk output files.</summary>
internal sealed record Endpoint(string Name, string Label)
{
    public const string Comparison = "comparison";
    public const string Result = "result";
    public const string Api = "api";
    public const string Nginx = "nginx";

    /// <summary>In the order bench/run.sh measures them and the report lists them.</summary>
    public static IReadOnlyList<Endpoint> All(SiteFacts site) =>
    [
        new(Comparison, $"comparison page GET {site.ComparisonPath}"),
        new(Result, "result page GET (share link, 3 answers)"),
        new(Api, "recommendation API POST (3 answers)"),
        new(Nginx, "nginx, same bytes as comparison"),
    ];
}
