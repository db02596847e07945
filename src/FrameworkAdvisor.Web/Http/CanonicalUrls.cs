using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Web.Http;

public static class CanonicalUrls
{
    private const int MaxSegments = 4;
    private const int MaxSegmentLength = 80;

    /// <summary>
    /// One URL per page: /compare/Foo/ and /compare/foo/ both redirect permanently to /compare/foo, so links that
    /// people type or paste still work and search engines see one address.
    /// </summary>
    public static WebApplication UseCanonicalUrls(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            var isPage = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            if (isPage && path.StartsWith("/compare/", StringComparison.OrdinalIgnoreCase) && IsSlugPath(path))
            {
                var canonical = path.TrimEnd('/').ToLowerInvariant();
                if (canonical != path)
                {
                    context.Response.Redirect(canonical + context.Request.QueryString, permanent: true);
                    return;
                }
            }

            await next(context);
        });
        return app;
    }

    /// <summary>
    /// Only paths whose segments are slugs in some mix of capitals (with at most one trailing slash) are rewritten,
    /// by the same slug rule content and routes use; anything stranger is left to answer 404 as it is.
    /// </summary>
    private static bool IsSlugPath(string path)
    {
        var segments = (path.EndsWith('/') ? path[1..^1] : path[1..]).Split('/');
        return segments.Length <= MaxSegments
            && segments.All(segment => segment.Length <= MaxSegmentLength && Slug.IsValid(segment.ToLowerInvariant()));
    }
}
