namespace FrameworkAdvisor.Bench;

/// <summary>What wrk measures, by the names bench/run.sh tags its runs with, in the order the report lists them.</summary>
internal static class Endpoints
{
    public const string Comparison = "comparison";
    public const string Result = "result";
    public const string Api = "api";
    public const string NotFound = "notfound";
    public const string BadRequest = "badrequest";
    public const string Nginx = "nginx";
    public const string Peer = "peer";
    public const string Soak = "soak";

    /// <summary>Every endpoint measured in rounds is judged for failures; search runs once and is only shown.</summary>
    public static IReadOnlyList<(string Name, string Label, bool Judged)> All(Facts facts) =>
    [
        (Comparison, $"comparison page GET {facts.ComparisonPath}", true),
        (Result, "result page GET (share link, 3 answers)", true),
        (Api, "recommendation API POST (3 answers)", true),
        (NotFound, "404 page (a typo in an aspect's address)", true),
        (BadRequest, "400 page (a share link too long to read)", true),
        (Nginx, "nginx, same bytes as comparison", true),
        (Peer, "Python framework peer (gunicorn), same bytes", true),
        ("search-cached", $"search page GET {facts.SearchPath}, cached", false),
        ("search-uncached", "the same search, a new query string every request", false),
    ];
}
