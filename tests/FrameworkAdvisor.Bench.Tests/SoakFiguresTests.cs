namespace FrameworkAdvisor.Bench.Tests;

public sealed class SoakFiguresTests
{
    [Fact]
    public void Reads_throughput_answers_and_memory_from_the_soak_folder()
    {
        var soak = SoakFigures.Read(Fixtures.PathTo("short-run", "soak"));

        Assert.Equal(34520, soak.RequestsPerSecond);
        Assert.Equal(70.07, soak.P99Ms);
        Assert.Equal("200=163296 404=5266 400=5266 other=0", soak.Statuses);
        Assert.Equal(0, soak.Failures);
        Assert.Equal(178, soak.MemoryStartMb);
        Assert.Equal(174, soak.MemoryMiddleMb);
        Assert.Equal(171, soak.MemoryEndMb);
    }

    [Fact]
    public void Counts_other_answers_as_failures()
    {
        using var work = TemporaryFolder.CopyOf(Fixtures.ShortRun);
        var output = Path.Combine(work.Path, "soak", "wrk.txt");
        File.WriteAllText(output, File.ReadAllText(output)
            .Replace("other=0", "other=7", StringComparison.Ordinal)
            .Replace("Unexpected responses: 0", "Unexpected responses: 7", StringComparison.Ordinal));

        Assert.Equal(7, SoakFigures.Read(Path.Combine(work.Path, "soak")).Failures);
    }

    [Fact]
    public void Fails_clearly_when_the_memory_reading_is_missing()
    {
        using var work = TemporaryFolder.CopyOf(Fixtures.ShortRun);
        File.WriteAllText(Path.Combine(work.Path, "soak", "memory-end"), "Name: dotnet\n");

        var failure = Assert.Throws<BenchFailedException>(() => SoakFigures.Read(Path.Combine(work.Path, "soak")));
        Assert.Contains("VmRSS", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("60s", "30s")]
    [InlineData("5s", "2s")]
    public void Halves_the_soak_duration_for_the_reading_half_way(string duration, string half)
    {
        Assert.Equal(half, SoakFigures.HalfOf(duration));
    }

    [Fact]
    public void Refuses_a_soak_duration_it_cannot_halve()
    {
        Assert.Throws<BenchFailedException>(() => SoakFigures.HalfOf("1m"));
    }
}
