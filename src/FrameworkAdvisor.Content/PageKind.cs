namespace FrameworkAdvisor.Content;

/// <summary>
/// The kinds of page the site serves, written once. The loader registers pages by kind (and names the kind in its
/// errors), the store lists them for the sitemap and "did you mean" on a 404, and the comparison menu shows them in
/// <see cref="ComparisonMenu"/> order under <see cref="MenuLabel"/>. Page titles are not here: they come from content.
/// </summary>
public sealed record PageKind(string Name, string MenuLabel)
{
    public static PageKind Home { get; } = new("home page", "Home");

    public static PageKind Comparison { get; } = new("comparison", "Comparison table");

    public static PageKind Framework { get; } = new("framework", "Frameworks");

    public static PageKind Aspect { get; } = new("aspect", "Aspects");

    public static PageKind Questionnaire { get; } = new("questionnaire", "Which should I choose?");

    public static PageKind Recommendations { get; } = new("recommendations", "Recommendations");

    public static PageKind Faq { get; } = new("faq", "FAQ");

    public static PageKind Sources { get; } = new("sources", "Sources");

    /// <summary>The pages every comparison has once, in the menu's order; framework pages follow the table in it.</summary>
    public static IReadOnlyList<PageKind> ComparisonMenu { get; } = [Comparison, Questionnaire, Recommendations, Faq, Sources];

    /// <summary>The path of this kind's page in a comparison, for the kinds a comparison has once.</summary>
    public string PathIn(string comparison) => Name switch
    {
        "comparison" => SitePaths.Comparison(comparison),
        "questionnaire" => SitePaths.Chooser(comparison),
        "recommendations" => SitePaths.Recommendations(comparison),
        "faq" => SitePaths.Faq(comparison),
        "sources" => SitePaths.Sources(comparison),
        _ => throw new InvalidOperationException($"A comparison has many {Name} pages; build their paths with SitePaths."),
    };
}
