using Microsoft.Extensions.Primitives;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>Which of the cache's two budgets an answer is kept in, and whether browsers may keep it too.</summary>
internal enum CachedKind
{
    /// <summary>A shareable page: sent with its ETag, Cache-Control and an Age.</summary>
    Page,

    /// <summary>A 404 or 400 page: sent as it was, with nothing that lets browsers or proxies keep it.</summary>
    ErrorPage,
}

/// <summary>
/// A finished answer exactly as it went out (status, the headers that describe the body, the body in the encoding
/// that was chosen), for the content generation it was rendered from.
/// </summary>
internal sealed record CachedResponse(
    CachedKind Kind,
    int Generation,
    int StatusCode,
    string? ETag,
    KeyValuePair<string, StringValues>[] Headers,
    byte[] Body,
    long StoredAtMilliseconds)
{
    /// <summary>
    /// The headers that describe the body, a download's file name among them; everything else is added again by the
    /// pipeline's outer steps or by Kestrel.
    /// </summary>
    public static readonly string[] KeptHeaders = ["Content-Type", "Content-Disposition", "Content-Encoding", "Content-Language", "ETag", "Cache-Control", "Vary"];

    /// <summary>Roughly what an entry costs beyond its body: the key, the headers and the objects around them.</summary>
    public long Size(string key) => Body.Length + (key.Length * 2) + 512;
}
