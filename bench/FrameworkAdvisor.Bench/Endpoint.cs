namespace FrameworkAdvisor.Bench;

/// <summary>Something wrk measures, by the short name bench/run.sh gives its wrk output files.</summary>
internal sealed record Endpoint(string Name, string Label, int ExpectedStatus = 200)
{
    public const string Comparison = "comparison";
    public const string Result = "result";
    public const string Api = "api";
    public const string NotFound = "notfound";
    public const string BadRequest = "badrequest";
    public const string Nginx = "nginx";
    public const string Peer = "peer";

    /// <summary>In the order the report lists them; bench/run.sh alternates them within each round.</summary>
    public static IReadOnlyList<Endpoint> All(SiteFacts site) =>
    [
        new(Comparison, $"comparison page GET {site.ComparisonPath}"),
        new(Result, "result page GET (share link, 3 answers)"),
        new(Api, "recommendation API POST (3 answers)"),
        new(NotFound, "404 page (a typo in an aspect's address)", 404),
        new(BadRequest, "400 page (a share link too long to read)", 400),
        new(Nginx, "nginx, same bytes as comparison"),
        new(Peer, "Python framework peer (gunicorn), same bytes"),
    ];
}
