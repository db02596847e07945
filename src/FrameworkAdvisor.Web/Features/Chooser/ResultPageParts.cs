using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// What every result page of one chooser shows the same whatever the answers: each rule's address and aspect page,
/// each framework's page, the breadcrumbs' fixed part and how confidence is judged. Made once per content generation
/// (it lives in the <see cref="LoadedChooser"/>), so a share link's first view only looks these up.
/// </summary>
public sealed class ResultPageParts
{
    private readonly Dictionary<string, RuleParts> _rules;
    private readonly Dictionary<string, string> _frameworkPaths;

    public ResultPageParts(LoadedChooser chooser)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        var slug = chooser.Slug;
        RecommendationsPath = SitePaths.Recommendations(slug);
        HowJudged = chooser.Engine.Policy.Describe();
        _rules = chooser.Model.Rules.ToDictionary(
            rule => rule.Id,
            rule => new RuleParts($"{RecommendationsPath}#{rule.Id}", rule.CitedAspectTitle is { } title ? new AspectLink(title, rule.CitedPath) : null),
            StringComparer.Ordinal);
        _frameworkPaths = chooser.Model.Frameworks.ToDictionary(f => f.Slug, f => SitePaths.Framework(slug, f.Slug), StringComparer.Ordinal);
    }

    /// <summary>The comparison's recommendations page, where every rule is stated.</summary>
    public string RecommendationsPath { get; }

    /// <summary>How confidence is judged, in a sentence.</summary>
    public string HowJudged { get; }

    /// <summary>The rule's own place on the recommendations page.</summary>
    public string RulePath(Rule rule) => Of(rule).Path;

    /// <summary>The aspect page the rule cites, or null when it cites another kind of page.</summary>
    public AspectLink? AspectOf(Rule rule) => Of(rule).Aspect;

    /// <summary>The framework's page, where the verdict for it leads.</summary>
    public string FrameworkPath(Framework framework) => _frameworkPaths[framework.Slug];

    private RuleParts Of(Rule rule) => _rules[(rule ?? throw new ArgumentNullException(nameof(rule))).Id];

    private sealed record RuleParts(string Path, AspectLink? Aspect);
}
