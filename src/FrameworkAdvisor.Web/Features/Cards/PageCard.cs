using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Features.Cards;

/// <summary>
/// What a page's picture card shows: the page's title, what it is part of, and the frameworks compared, each in its
/// colour. The page's og:image:alt is <see cref="Description"/>, so the words and the picture say the same.
/// </summary>
public sealed record PageCard(string Kicker, string Title, IReadOnlyList<Framework> Frameworks)
{
    /// <summary>A page of a comparison; on the comparison's own page the kicker says what kind of page it is instead.</summary>
    public static PageCard For(string title, ComparisonContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kicker = title == context.Comparison.Title ? "A side-by-side comparison" : context.Comparison.Title;
        return new PageCard(kicker, title, context.Frameworks);
    }

    public string Description => Frameworks.Count == 0
        ? $"{Title}. {Kicker}."
        : $"{Title}. {Kicker}, comparing {Listed.And(Frameworks.Select(f => f.Title))}.";
}
