using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Ids are lower-case letters and digits joined by single hyphens. That keeps them readable in a share link and
/// safe there without escaping, and lets the link decoder match them case-insensitively by lower-casing.
/// </summary>
public static partial class Slug
{
    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text);

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*\z")]
    private static partial Regex Pattern();
}
