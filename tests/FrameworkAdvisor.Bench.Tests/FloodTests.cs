namespace FrameworkAdvisor.Bench.Tests;

public sealed class FloodTests
{
    private static readonly CardCheck OneDrawingPerPicture = new(1000, 300, 300, 1000);

    [Fact]
    public void A_reader_that_keeps_half_its_quiet_throughput_within_ten_times_its_quiet_p99_passes()
    {
        var verdicts = Flood.Judge(Healthy(), OneDrawingPerPicture);

        Assert.All(verdicts, verdict => Assert.True(verdict.Passed, $"{verdict.Target}: {verdict.Measured}"));
    }

    [Fact]
    public void A_reader_starved_by_a_card_flood_fails_with_its_ratio_to_quiet()
    {
        var runs = Healthy().Where(run => run.Name != "flood-reader-cards").Append(Runs.Run("flood-reader-cards", 7, p99Ms: 1300)).ToList();

        var verdicts = Flood.Judge(runs, OneDrawingPerPicture);

        var throughput = verdicts.Named("reader of the cached page during a flood of distinct result cards");
        Assert.Equal("FAIL", throughput.State);
        Assert.Equal("0.00 (0.00–0.00) x", throughput.Measured);
        Assert.Equal("FAIL", verdicts.Named("reader's p99 during a flood of distinct result cards").State);
    }

    [Fact]
    public void A_flooder_that_got_a_refusal_without_retry_after_or_a_timeout_fails()
    {
        var runs = Healthy().Where(run => run.Name != "flood-search").Append(Runs.Run("flood-search", 1000, unexpected: 3, socketErrors: 1)).ToList();

        var flooder = Flood.Judge(runs, OneDrawingPerPicture).Named("flooder of searches with new words");

        Assert.Equal("FAIL", flooder.State);
        Assert.StartsWith("3 other answers, 1 socket errors", flooder.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void Uncached_paths_are_judged_on_their_2xx_answers_only()
    {
        // 12,000 answers a second, of which 9,000 were 2xx: 0.225 of the cached page's 40,000 is under 0.25.
        var first = new WrkRun("flood-link-first", 1, 120_000, 10, 1, 2, 0, 0, Statuses: new Dictionary<string, long> { ["200"] = 90_000, ["503"] = 30_000 });
        var runs = Healthy().Where(run => run.Name != "flood-link-first").Append(first).ToList();

        var links = Flood.Judge(runs, OneDrawingPerPicture).Named("share link first view");

        Assert.Equal("FAIL", links.State);
        Assert.Equal("0.23 (0.23–0.23) x", links.Measured);
    }

    [Fact]
    public void More_cards_drawn_than_distinct_pictures_fails()
    {
        var cards = Flood.Judge(Healthy(), new CardCheck(1000, 301, 300, 1000)).Named("1000 distinct share links' cards");

        Assert.Equal("FAIL", cards.State);
        Assert.Equal("301 drawn for 300 distinct pictures; 1000 of 1000 answered 200", cards.Measured);
    }

    [Fact]
    public void Share_links_are_distinct_in_the_sites_spelling_and_never_empty()
    {
        const string questionnaire = """
            {"questions": [
              {"id": "parts", "options": [{"id": "pick"}, {"id": "either"}]},
              {"id": "admin", "options": [{"id": "needed"}, {"id": "later"}]}
            ]}
            """;

        var links = ShareLinks.Distinct(questionnaire, 24);

        // (2 x 2 + 1)^2 = 25 sets of answers, less the one with nothing answered.
        Assert.Equal(24, links.Distinct().Count());
        Assert.All(links, link => Assert.Matches("^(admin=!?(needed|later)(&parts=!?(pick|either))?|parts=!?(pick|either))$", link));
        Assert.Throws<BenchFailedException>(() => ShareLinks.Distinct(questionnaire, 25));
    }

    private static List<WrkRun> Healthy() =>
    [
        Runs.Run("flood-quiet", 40_000, p99Ms: 2),
        Runs.Run("flood-reader-cards", 20_000, p99Ms: 10),
        Runs.Run("flood-reader-search", 20_000, p99Ms: 10),
        Runs.Run("flood-reader-links", 20_000, p99Ms: 10),
        Runs.Run("flood-cards", 5_000),
        Runs.Run("flood-search", 5_000),
        Runs.Run("flood-links", 5_000),
        Runs.Run("flood-cached", 40_000),
        Runs.Run("flood-link-first", 10_000),
        Runs.Run("flood-search-new", 6_000),
    ];
}
