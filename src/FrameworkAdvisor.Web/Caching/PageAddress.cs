using System.Security.Cryptography;
using System.Text;
using FrameworkAdvisor.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// What a cached answer is kept under and what its ETag names: the address exactly as asked for (the raw query
/// string byte for byte, since two spellings of one share link are different answers: one redirects to the other),
/// and for the key also the encoding the compression step will choose. An address answers with a page or with an
/// error page, never both for one content generation, so both are kept under the same key.
/// </summary>
internal readonly record struct PageAddress(string Address)
{
    // Changes with every build of the site, so a deploy of new views with the same content changes ETags too.
    private static readonly string BuildStamp = typeof(PageAddress).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    /// <summary>The address asked for; while an error page renders for it, still that address, not the error page's own.</summary>
    public static PageAddress Of(HttpRequest request) =>
        request.HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } original
            ? new(string.Concat(request.Scheme, "://", request.Host.Value, original.OriginalPathBase, original.OriginalPath, original.OriginalQueryString))
            : new(string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value));

    /// <summary>The address being rendered, even while it renders an error page for another.</summary>
    public static PageAddress OfOwnPath(HttpRequest request) =>
        new(string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value));

    /// <summary>The cache key: each encoding of a page is its own entry, served only to clients that accept it.</summary>
    public string KeyFor(HttpContext context, IResponseCompressionProvider compression)
    {
        var encoding = context.Request.Headers.AcceptEncoding.Count == 0
            ? "identity"
            : compression.GetCompressionProvider(context)?.EncodingName ?? "identity";
        return string.Concat(encoding, " ", Address);
    }

    /// <summary>
    /// Content version, build and the address itself: without the address, a client sending one page's tag for a
    /// missing page would get 304 instead of 404. SHA-256 rather than string.GetHashCode, which differs per
    /// process, so every instance gives a page the same tag.
    /// </summary>
    public string ETagFor(LiveContent live)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Address)), 0, 6);
        return new EntityTagHeaderValue($"\"{live.Version}-{BuildStamp}-{hash}\"", isWeak: true).ToString();
    }
}
