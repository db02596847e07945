using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Features.Comparisons;

/// <summary>
/// Where the article leans, as the home page and the comparison table both draw it: one bar split by side, and the
/// aspects of each side, which the comparison table lists group by group. Each framework's side wears that framework's colour; "calls it even" and "no clear
/// lean" wear colours no framework may have.
/// </summary>
public sealed record LeanScorecard(string ComparisonSlug, int AspectCount, IReadOnlyList<LeanGroup> Groups)
{
    /// <summary>The aspects grouped by lean: one group per framework in column order, then even, then none; empty ones left out.</summary>
    public static LeanScorecard Of(ComparisonContext context, IReadOnlyList<AspectSummary> aspects)
    {
        var sides = context.Frameworks.Select(f =>
            new LeanGroup(LeanMark.Of(context, f.Slug), $"leans {f.Title}", $"lean {f.Title}", [.. aspects.Where(a => a.Leans == f.Slug)]));
        var even = new LeanGroup(LeanMark.Of(context, Leaning.Balanced), "calls it even", "call it even", [.. aspects.Where(a => a.Leans == Leaning.Balanced)]);
        var none = new LeanGroup(LeanMark.Of(context, null), "takes no clear side", "take no clear side",
            [.. aspects.Where(a => a.Leans != Leaning.Balanced && context.Framework(a.Leans ?? "") is null)]);
        return new LeanScorecard(context.Slug, aspects.Count, [.. sides.Append(even).Append(none).Where(g => g.Aspects.Count > 0)]);
    }

    /// <summary>The whole picture in one sentence, for screen readers and for anyone who skips the graphic.</summary>
    public string Description =>
        $"Of the {Counted.Of(AspectCount, "aspect")} compared, " +
        string.Join(", ", Groups.Select(g => Counted.Of(g.Aspects.Count, g.PhraseForOne, g.PhraseForMany))) + ".";

    /// <summary>Where each group's segment starts along the bar, in aspects.</summary>
    public int OffsetOf(LeanGroup group) => Groups.TakeWhile(g => g != group).Sum(g => g.Aspects.Count);

    /// <summary>The anchor of a group's rows in the comparison table, which the scorecard's jumps lead to.</summary>
    public string IdOf(LeanGroup group) => $"lean-{ComparisonSlug}-{group.Mark.Key}";
}

/// <summary>
/// The scorecard as a page draws it: above the comparison table, with a jump to each side's rows in the table (the
/// table's groups are the lists of aspects, so the scorecard does not name them again), or elsewhere at a glance, with
/// each side's count.
/// </summary>
public sealed record ScorecardView(LeanScorecard Scorecard, bool JumpsToTable);

/// <summary>
/// One side of the scorecard; its mark picks the colour, and its label always says it in words too. The phrase comes
/// in two numbers because its verb agrees with the count: "1 leans Quill", "3 lean Quill".
/// </summary>
public sealed record LeanGroup(LeanMark Mark, string PhraseForOne, string PhraseForMany, IReadOnlyList<AspectSummary> Aspects)
{
    public string Label => Mark.Label;
}

/// <summary>
/// How a lean is labelled and coloured: <see cref="CssClass"/> is lean-framework (with <see cref="Framework"/> for
/// data-framework, so it wears that framework's colour), lean-even or lean-none.
/// </summary>
public sealed record LeanMark(string Label, string CssClass, string? Framework, string Key)
{
    public static LeanMark Of(ComparisonContext context, string? leans) => leans switch
    {
        Leaning.Balanced => new("Calls it even", "lean-even", null, "even"),
        _ when leans is not null && context.Framework(leans) is { } framework => new($"Leans {framework.Title}", "lean-framework", framework.Slug, framework.Slug),
        _ => new("No clear lean", "lean-none", null, "none"),
    };
}
