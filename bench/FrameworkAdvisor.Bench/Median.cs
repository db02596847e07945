namespace FrameworkAdvisor.Bench;

internal static class Median
{
    /// <summary>The middle sample; with an even count, the mean of the two middle ones.</summary>
    public static double Of(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
