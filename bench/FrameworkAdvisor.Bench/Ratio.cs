namespace FrameworkAdvisor.Bench;

/// <summary>One figure over another, to the two decimals the report shows and judges.</summary>
internal static class Ratio
{
    /// <summary>Null, shown as "n/a", when there is nothing to divide by.</summary>
    public static double? Of(double numerator, double denominator) =>
        denominator > 0 ? PrintfFixed.Round(numerator / denominator, 2) : null;

    public static string Text(double? ratio) => ratio is { } value ? PrintfFixed.Format(value, 2) : "n/a";
}
