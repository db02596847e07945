namespace FrameworkAdvisor.Bench;

/// <summary>
/// One figure over another, taken within each round (so both sides met the same moment of the machine), as the
/// median over the rounds with the lowest and highest beside it. Null when a round had nothing to divide by.
/// </summary>
internal sealed record RoundSpread(double? Median, double? Lowest, double? Highest)
{
    public string Text => Median is null ? "n/a" : $"{Ratio.Text(Median)} ({Ratio.Text(Lowest)}–{Ratio.Text(Highest)})";

    public static RoundSpread Of(IReadOnlyList<double> numerators, IReadOnlyList<double> denominators)
    {
        var ratios = numerators.Zip(denominators, (top, bottom) => bottom > 0 ? top / bottom : (double?)null).ToList();
        if (ratios.Count == 0 || ratios.Any(ratio => ratio is null))
        {
            return new RoundSpread(null, null, null);
        }

        var values = ratios.Select(ratio => ratio!.Value).ToList();
        return new RoundSpread(PrintfFixed.Round(FrameworkAdvisor.Bench.Median.Of(values), 2), PrintfFixed.Round(values.Min(), 2), PrintfFixed.Round(values.Max(), 2));
    }
}
