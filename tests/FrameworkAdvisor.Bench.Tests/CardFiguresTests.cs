namespace FrameworkAdvisor.Bench.Tests;

/// <summary>The card timer's closing line, read back and reported as its own table (fixtures/cards is one such run, shortened).</summary>
public sealed class CardFiguresTests
{
    [Fact]
    public void Reads_the_card_timers_closing_line_as_printed()
    {
        var cards = CardFigures.Read(Fixtures.PathTo("cards", "cards", "timer.txt"));

        Assert.Equal(new CardFigures("2", "212.4", "29.6", "31.2", "0.50", "0.52", "43677", "52078"), cards);
    }

    [Fact]
    public void The_report_adds_a_card_table_when_the_run_timed_cards_and_nothing_when_it_did_not()
    {
        var withCards = BenchReport.CardSection(new WorkFolder(Fixtures.PathTo("cards")));
        var without = BenchReport.CardSection(new WorkFolder(Fixtures.ShortRun));

        Assert.Equal(
            """

            | result card (og:image PNG, 1200x630), 2 distinct links, one connection | median | worst |
            | --- | ---: | ---: |
            | cold: drawn and encoded (first after start-up: 212.4 ms) | 29.6 ms | 31.2 ms |
            | cached: from the output cache | 0.50 ms | 0.52 ms |
            | size | 43677–52078 bytes | |

            """.ReplaceLineEndings("\n"),
            withCards);
        Assert.Equal("", without);
    }
}
