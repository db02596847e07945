using Microsoft.Extensions.Primitives;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>Which of the replay's two budgets a response is kept in, and whether it may say how old it is.</summary>
public enum ReplayKind
{
    /// <summary>A shareable page, as the page cache policy stored it: replayed with its validators and an Age.</summary>
    Page,

    /// <summary>A 404 or 400 page: replayed as it was sent, with nothing that lets browsers or proxies keep it.</summary>
    ErrorPage,
}

/// <summary>
/// A finished response exactly as it went out (status, the headers that describe the body, the body bytes in the
/// encoding that was chosen), for the content generation it was rendered from.
/// </summary>
internal sealed record ReplayedResponse(
    ReplayKind Kind,
    int Generation,
    int RejectedImports,
    int StatusCode,
    KeyValuePair<string, StringValues>[] Headers,
    byte[] Body,
    long StoredAtMilliseconds)
{
    /// <summary>The headers that describe the body; everything else is added again by the pipeline's outer steps or by Kestrel.</summary>
    public static readonly string[] KeptHeaders = ["Content-Type", "Content-Encoding", "Content-Language", "ETag", "Cache-Control", "Vary"];

    /// <summary>Roughly what an entry costs beyond its body: the key, the headers and the objects around them.</summary>
    public long Size(string key) => Body.Length + (key.Length * 2) + 512;
}
