using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;

using FrameworkAdvisor.Store;
using FrameworkAdvisor.Web.Features.Shared;
using FrameworkAdvisor.Web.Site;

namespace FrameworkAdvisor.Web.Features.Comparisons;

public sealed record ComparisonTableViewModel(ComparisonTable Table)
    : ComparisonPageViewModel(Table.Context, Table.Context.Comparison.Title, Table.Context.Comparison.Summary, SitePaths.Comparison(Table.Context.Slug))
{
    public IEnumerable<TableRow> ArticleTableRows => Table.Rows.Where(r => r.Aspect.InArticleTable);

    public IEnumerable<TableRow> ProseRows => Table.Rows.Where(r => !r.Aspect.InArticleTable);

    /// <summary>
    /// The scorecard: the aspects grouped by which way the article leans, one group per framework in column order,
    /// then "calls it even" and "no clear lean". Empty groups are left out.
    /// </summary>
    public LeanScorecard Scorecard
    {
        get
        {
            var aspects = Table.Rows.Select(r => r.Aspect).ToList();
            var sides = Context.Frameworks.Select(f =>
                new LeanGroup(LeanLabel(f.Slug), $"leans {f.Title}", $"lean {f.Title}", LeanCssKey(f.Slug), aspects.Where(a => a.Leans == f.Slug).ToList()));
            var even = new LeanGroup(LeanLabel(Leaning.Balanced), "calls it even", "call it even", LeanCssKey(Leaning.Balanced), aspects.Where(a => a.Leans == Leaning.Balanced).ToList());
            var none = new LeanGroup(LeanLabel(null), "takes no clear side", "take no clear side", LeanCssKey(null), aspects.Where(a => LeanCssKey(a.Leans) == LeanCssKey(null)).ToList());
            return new LeanScorecard(aspects.Count, [.. sides.Append(even).Append(none).Where(g => g.Aspects.Count > 0)]);
        }
    }

    /// <summary>The colour key of a lean: each framework by its column, so the scorecard and the table agree.</summary>
    public string LeanCssKey(string? leans)
    {
        if (leans == Leaning.Balanced)
        {
            return "even";
        }

        var column = Context.Frameworks.ToList().FindIndex(f => f.Slug == leans);
        return column >= 0 ? $"side-{column + 1}" : "none";
    }
}

public sealed record LeanScorecard(int AspectCount, IReadOnlyList<LeanGroup> Groups)
{
    /// <summary>The whole picture in one sentence, for screen readers and for anyone who skips the graphic.</summary>
    public string Description =>
        $"Of the {Counted.Of(AspectCount, "aspect")} compared, " +
        string.Join(", ", Groups.Select(g => Counted.Of(g.Aspects.Count, g.PhraseForOne, g.PhraseForMany))) + ".";

    /// <summary>Where each group's segment starts along the bar, in aspects.</summary>
    public int OffsetOf(LeanGroup group) => Groups.TakeWhile(g => g != group).Sum(g => g.Aspects.Count);
}

/// <summary>
/// One side of the scorecard; <see cref="CssKey"/> picks its colour, the label always says it in words too. The phrase
/// comes in two numbers because its verb agrees with the count: "1 leans Quill", "3 lean Quill".
/// </summary>
public sealed record LeanGroup(string Label, string PhraseForOne, string PhraseForMany, string CssKey, IReadOnlyList<AspectSummary> Aspects);

public sealed record FrameworkViewModel(FrameworkDetail Detail)
    : ComparisonPageViewModel(Detail.Context, Detail.Framework.Title, Detail.Framework.Summary, SitePaths.Framework(Detail.Context.Slug, Detail.Framework.Slug));

public sealed record AspectViewModel(AspectDetail Detail)
    : ComparisonPageViewModel(Detail.Context, Detail.Aspect.Title, Detail.Aspect.Summary, SitePaths.Aspect(Detail.Context.Slug, Detail.Aspect.Slug));

public sealed record FaqViewModel(FaqDetail Detail)
    : ComparisonPageViewModel(Detail.Page.Context, Detail.Page.Title, Detail.Page.Summary, SitePaths.Faq(Detail.Page.Context.Slug));

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
