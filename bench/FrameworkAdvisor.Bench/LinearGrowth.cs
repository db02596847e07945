namespace FrameworkAdvisor.Bench;

/// <summary>
/// Whether content load time grows linearly: the time per 1x at the largest size over that at the size before it
/// in BENCH_SCALES, which stays near 1 when it does.
/// </summary>
internal sealed record LinearGrowth(string LargestScale, string PreviousScale, double? Growth)
{
    public const string NeedsTwoSizes = "n/a (needs two sizes)";

    public bool IsLinear => Growth <= Targets.LinearMaxGrowth;

    public string Text =>
        $"{(IsLinear ? "yes" : "no")} (ms per 1x at {LargestScale}x is {Ratio.Text(Growth)}x that at {PreviousScale}x; " +
        $"linear means at most {Targets.LinearMaxGrowth}x)";

    /// <summary>Null when fewer than two sizes were loaded, since one size says nothing about growth.</summary>
    public static LinearGrowth? Of(IReadOnlyList<ContentLoadFigures> sizes)
    {
        if (sizes.Count < 2)
        {
            return null;
        }

        var largest = sizes[^1];
        var previous = sizes[^2];
        return new LinearGrowth(largest.Scale, previous.Scale, Ratio.Of(largest.PerUnitMs, previous.PerUnitMs));
    }
}
