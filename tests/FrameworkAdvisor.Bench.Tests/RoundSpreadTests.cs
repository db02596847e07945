namespace FrameworkAdvisor.Bench.Tests;

public sealed class RoundSpreadTests
{
    [Fact]
    public void Divides_round_by_round_and_reports_the_median_with_the_lowest_and_highest()
    {
        // Round 2 is slow for both; divided within the round it is an ordinary ratio, not an outlier.
        var spread = RoundSpread.Of([40_000, 20_000, 45_000], [50_000, 25_000, 50_000]);

        Assert.Equal(0.80, spread.Median);
        Assert.Equal(0.80, spread.Lowest);
        Assert.Equal(0.90, spread.Highest);
        Assert.Equal("0.80 (0.80–0.90)", spread.Text);
    }

    [Fact]
    public void Is_n_a_when_a_round_has_nothing_to_divide_by()
    {
        var spread = RoundSpread.Of([40_000, 41_000], [50_000, 0]);

        Assert.Null(spread.Median);
        Assert.Equal("n/a", spread.Text);
    }
}
