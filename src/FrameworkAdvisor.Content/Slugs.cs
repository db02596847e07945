using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Content;

/// <summary>
/// The one rule for slugs: lower-case letters and digits joined by single hyphens, readable in a URL and safe
/// in every context. Content is checked against it, and routes accept nothing else.
/// </summary>
public static partial class Slugs
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
