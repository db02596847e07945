namespace FrameworkAdvisor.Web.ContentHosting;

/// <summary>The content settings resolved to absolute paths, once.</summary>
public sealed record ContentPaths(string ContentDirectory, string DatabasePath)
{
    public static ContentPaths Resolve(ContentOptions options, string contentRoot) =>
        new(Path.GetFullPath(options.Directory, contentRoot), Path.GetFullPath(options.DatabasePath, contentRoot));
}
