using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Web.Http;

public static partial class CanonicalUrls
{
    /// <summary>
    /// One URL per page: /compare/Foo/ and /compare/foo both redirect permanently to /compare/foo, so links that
    /// people type or paste still work and search engines see one address.
    /// </summary>
    public static WebApplication UseCanonicalUrls(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            var isPage = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
            if (isPage && path.StartsWith("/compare/", StringComparison.OrdinalIgnoreCase) && CanonicalPathShape().IsMatch(path))
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

    /// <summary>Only plain slug paths are rewritten; anything stranger is left to answer 404 as it is.</summary>
    [GeneratedRegex("^(/[A-Za-z0-9-]{1,80}){1,4}/?$")]
    private static partial Regex CanonicalPathShape();
}
