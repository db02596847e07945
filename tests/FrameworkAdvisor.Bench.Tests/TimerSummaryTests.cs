namespace FrameworkAdvisor.Bench.Tests;

public sealed class TimerSummaryTests
{
    [Fact]
    public void Reads_the_content_load_timers_closing_line_past_its_samples()
    {
        var load = ContentLoadFigures.Read("10", Fixtures.PathTo("single-round", "load-x10", "timer.txt"));

        Assert.Equal(new ContentLoadFigures("10", "291", "135.3", 13.5), load);
    }

    [Fact]
    public void Reads_the_cold_start_timers_median_and_worst_as_printed()
    {
        var coldStart = ColdStartFigures.Read(Fixtures.PathTo("single-round", "cold", "timer.txt"));

        Assert.Equal(new ColdStartFigures("404", "412", 404), coldStart);
    }

    [Fact]
    public void Fails_with_the_file_name_when_a_timer_printed_no_summary()
    {
        using var folder = new TemporaryFolder();
        var output = Path.Combine(folder.Path, "timer.txt");
        File.WriteAllText(output, "run 1: 397 ms\n");

        var failure = Assert.Throws<BenchFailedException>(() => ColdStartFigures.Read(output));
        Assert.Contains(output, failure.Message, StringComparison.Ordinal);
    }
}
