namespace FrameworkAdvisor.Web.Caching;

/// <summary>
/// Marks an endpoint whose GET answer is a pure function of its URL and the live content, so the page cache may keep
/// it and browsers may revalidate it with its ETag.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CachedPageAttribute : Attribute;
