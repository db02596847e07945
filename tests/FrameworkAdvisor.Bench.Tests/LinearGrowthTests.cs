namespace FrameworkAdvisor.Bench.Tests;

public sealed class LinearGrowthTests
{
    [Fact]
    public void Says_nothing_about_growth_from_one_size()
    {
        Assert.Null(LinearGrowth.Of([new ContentLoadFigures("1", "30", "27.1", 27.1)]));
    }

    [Fact]
    public void Compares_time_per_1x_at_the_last_size_with_the_size_before_it()
    {
        var growth = LinearGrowth.Of(
        [
            new ContentLoadFigures("1", "30", "27.1", 27.1),
            new ContentLoadFigures("10", "291", "135.3", 13.5),
        ])!;

        Assert.True(growth.IsLinear);
        Assert.Equal("yes (ms per 1x at 10x is 0.50x that at 1x; linear means at most 2x)", growth.Text);
    }

    [Fact]
    public void Fails_when_time_per_1x_more_than_doubles()
    {
        var growth = LinearGrowth.Of(
        [
            new ContentLoadFigures("1", "30", "40.0", 40.0),
            new ContentLoadFigures("10", "291", "300.0", 30.0),
            new ContentLoadFigures("100", "2901", "6100.0", 61.0),
        ])!;

        Assert.False(growth.IsLinear);
        Assert.Equal("no (ms per 1x at 100x is 2.03x that at 10x; linear means at most 2x)", growth.Text);
    }

    [Fact]
    public void Fails_when_the_smaller_size_took_no_measurable_time()
    {
        var growth = LinearGrowth.Of(
        [
            new ContentLoadFigures("1", "1", "0.0", 0.0),
            new ContentLoadFigures("10", "10", "0.4", 0.0),
        ])!;

        Assert.False(growth.IsLinear);
        Assert.Equal("no (ms per 1x at 10x is n/ax that at 1x; linear means at most 2x)", growth.Text);
    }
}
