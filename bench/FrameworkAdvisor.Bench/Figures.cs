using System.Globalization;

namespace FrameworkAdvisor.Bench;

/// <summary>The bench's arithmetic: medians, and figures rounded as they are printed so a verdict judges what the reader sees.</summary>
internal static class Figures
{
    /// <summary>The middle sample; with an even count, the mean of the two middle ones.</summary>
    public static double Median(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new BenchFailedException("a median of no samples");
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>As printf("%.Nf") shows it (the exact binary value rounded half to even), which Math.Round is not.</summary>
    public static string Text(double value, int decimals) => value.ToString($"F{decimals}", CultureInfo.InvariantCulture);

    public static double Rounded(double value, int decimals) => double.Parse(Text(value, decimals), CultureInfo.InvariantCulture);

    /// <summary>A ratio to two decimals, or "n/a" when there was nothing to divide by.</summary>
    public static string Text(double? ratio) => ratio is { } value ? Text(value, 2) : "n/a";
}

/// <summary>
/// One figure over another, taken within each round (so both sides met the same moment of the machine), as the
/// median over the rounds with the lowest and highest beside it. Null when a round had nothing to divide by.
/// </summary>
internal sealed record RoundSpread(double? Median, double? Lowest, double? Highest)
{
    public string Text => Median is null ? "n/a" : $"{Figures.Text(Median)} ({Figures.Text(Lowest)}–{Figures.Text(Highest)})";

    public static RoundSpread Of(IEnumerable<(double? Top, double? Bottom)> rounds)
    {
        var ratios = rounds.Select(round => round.Bottom > 0 && round.Top is { } top ? top / round.Bottom : null).ToList();
        if (ratios.Count == 0 || ratios.Any(ratio => ratio is null))
        {
            return new RoundSpread(null, null, null);
        }

        var values = ratios.Select(ratio => ratio!.Value).ToList();
        return new RoundSpread(Figures.Rounded(Figures.Median(values), 2), Figures.Rounded(values.Min(), 2), Figures.Rounded(values.Max(), 2));
    }
}

/// <summary>The bench could not read what it needs; the message says what, and the exit code is 1.</summary>
internal sealed class BenchFailedException(string message) : Exception(message);
