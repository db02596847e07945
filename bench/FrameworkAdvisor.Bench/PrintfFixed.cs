using System.Globalization;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Numbers to a fixed count of decimals, as C's <c>printf("%.Nf")</c> shows them: the exact binary value rounded half
/// to even. That is how awk printed the bench's figures before they moved here, and .NET's "F" format (since .NET
/// Core 3.0) rounds the same way, so wrk's 36256.50 requests/s is still 36256. Math.Round would not do: it scales
/// by a power of ten first, and rounds 2.675 (stored as 2.67499…) up to 2.68.
/// </summary>
internal static class PrintfFixed
{
    public static string Format(double value, int decimals) =>
        value.ToString($"F{decimals}", CultureInfo.InvariantCulture);

    /// <summary>The number as <see cref="Format"/> shows it, so a verdict judges the figure the reader sees.</summary>
    public static double Round(double value, int decimals) =>
        double.Parse(Format(value, decimals), CultureInfo.InvariantCulture);
}
