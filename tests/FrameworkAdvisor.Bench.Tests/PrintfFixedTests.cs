namespace FrameworkAdvisor.Bench.Tests;

/// <summary>Expected strings are what awk's printf prints for the same numbers (checked with mawk, Debian's awk).</summary>
public sealed class PrintfFixedTests
{
    [Theory]
    [InlineData(36256.5, 0, "36256")]
    [InlineData(36257.5, 0, "36258")]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(0.375, 2, "0.38")]
    [InlineData(12.25, 1, "12.2")]
    [InlineData(12.75, 1, "12.8")]
    public void Rounds_exact_halves_to_the_even_digit(double value, int decimals, string expected)
    {
        Assert.Equal(expected, PrintfFixed.Format(value, decimals));
    }

    [Theory]
    [InlineData(1.005, 2, "1.00")] // stored as 1.00499999999999989...
    [InlineData(2.675, 2, "2.67")] // stored as 2.67499999999999982...
    [InlineData(0.15, 1, "0.1")] // stored as 0.149999999999999994...
    [InlineData(0.35, 1, "0.3")] // stored as 0.34999999999999997...
    [InlineData(1.45, 1, "1.4")] // stored as 1.44999999999999995...
    public void Rounds_the_number_as_stored_not_as_written(double value, int decimals, string expected)
    {
        Assert.Equal(expected, PrintfFixed.Format(value, decimals));
    }

    [Theory]
    [InlineData(0.001, 2, "0.00")]
    [InlineData(5, 2, "5.00")]
    [InlineData(0.654, 2, "0.65")]
    [InlineData(80572.58, 0, "80573")]
    [InlineData(135.3 / 10, 1, "13.5")]
    [InlineData(-0.5, 0, "-0")]
    public void Pads_and_signs_like_printf(double value, int decimals, string expected)
    {
        Assert.Equal(expected, PrintfFixed.Format(value, decimals));
    }
}
