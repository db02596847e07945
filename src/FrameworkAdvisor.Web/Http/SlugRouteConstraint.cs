using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Web.Http;

/// <summary>Matches content slugs only, so odd input is a 404 before any database work.</summary>
public sealed class SlugRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string text && Slug.IsValid(text);
}
