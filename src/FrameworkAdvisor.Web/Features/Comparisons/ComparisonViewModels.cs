using System.Text.Json.Nodes;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;

using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;

namespace FrameworkAdvisor.Web.Features.Comparisons;

public sealed record ComparisonTableViewModel(ComparisonTable Table)
    : ComparisonPageViewModel(Table.Context, Table.Context.Comparison.Title, Table.Context.Comparison.Summary, SitePaths.Comparison(Table.Context.Slug))
{
    public LeanScorecard Scorecard { get; } = LeanScorecard.Of(Table.Context, [.. Table.Rows.Select(r => r.Aspect)]);

    /// <summary>The table's rows grouped as the scorecard groups their aspects, so each aspect is one row, once.</summary>
    public IEnumerable<(LeanGroup Group, IEnumerable<TableRow> Rows)> RowsByLean =>
        Scorecard.Groups.Select(group => (group, Table.Rows.Where(row => group.Aspects.Contains(row.Aspect))));
}

public sealed record FrameworkViewModel(FrameworkDetail Detail)
    : ComparisonPageViewModel(Detail.Context, Detail.Framework.Title, Detail.Framework.Summary, SitePaths.Framework(Detail.Context.Slug, Detail.Framework.Slug));

public sealed record AspectViewModel(AspectDetail Detail)
    : ComparisonPageViewModel(Detail.Context, Detail.Aspect.Title, Detail.Aspect.Summary, SitePaths.Aspect(Detail.Context.Slug, Detail.Aspect.Slug));

public sealed record FaqViewModel(FaqDetail Detail)
    : ComparisonPageViewModel(Detail.Page.Context, Detail.Page.Title, Detail.Page.Summary, SitePaths.Faq(Detail.Page.Context.Slug))
{
    /// <summary>The questions as their headings show them, each with its answer in plain words.</summary>
    public override IEnumerable<JsonObject> StructuredData(string siteName, Func<string, string> absolute) =>
        [Shared.StructuredData.FaqPage(Detail.Entries.Select(entry => (entry.Question, entry.AnswerText)))];
}

public sealed record RecommendationsViewModel(RecommendationsDetail Detail)
    : ComparisonPageViewModel(Detail.Page.Context, Detail.Page.Title, Detail.Page.Summary, SitePaths.Recommendations(Detail.Page.Context.Slug))
{
    /// <summary>Rules grouped under the framework they favour, in column order.</summary>
    public IEnumerable<(Framework Framework, IReadOnlyList<Rule> Rules)> RulesByFramework =>
        Context.Frameworks
            .Select(f => (f, (IReadOnlyList<Rule>)[.. Detail.Rules.Where(r => r.Favours == f.Slug)]))
            .Where(group => group.Item2.Count > 0);
}

public sealed record SourcesViewModel(SourcesDetail Detail)
    : ComparisonPageViewModel(Detail.Page.Context, Detail.Page.Title, Detail.Page.Summary, SitePaths.Sources(Detail.Page.Context.Slug));
