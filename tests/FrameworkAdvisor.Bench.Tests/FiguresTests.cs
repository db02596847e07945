namespace FrameworkAdvisor.Bench.Tests;

public sealed class FiguresTests
{
    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(3, Figures.Median([5, 1, 3]));
        Assert.Equal(2.5, Figures.Median([4, 1, 3, 2]));
    }

    [Fact]
    public void Figures_round_as_printf_does_so_the_verdict_judges_what_is_printed()
    {
        // 2.675 is stored as 2.67499…; Math.Round(2.675, 2) would show 2.68.
        Assert.Equal("2.67", Figures.Text(2.675, 2));
        Assert.Equal(2.67, Figures.Rounded(2.675, 2));
        Assert.Equal("36256", Figures.Text(36_256.5, 0));
    }

    [Fact]
    public void A_spread_with_a_round_that_has_nothing_to_divide_by_is_n_a()
    {
        Assert.Equal("n/a", RoundSpread.Of([(1.0, 2.0), (1.0, 0.0)]).Text);
        Assert.Equal("0.50 (0.25–1.00)", RoundSpread.Of([(1.0, 4.0), (1.0, 2.0), (3.0, 3.0)]).Text);
    }
}
