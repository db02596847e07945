using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Scoring;

/// <summary>What happens when the top frameworks are level (Pair and Trio choosers, see <see cref="Choosers"/>).</summary>
public sealed class TieBreakTests
{
    [Fact]
    public void Level_scores_go_to_the_framework_the_tie_break_rule_favours()
    {
        // lantern admin 3, quill pick parts 3.
        var result = Recommend(Pair(), "admin=yes", "parts=yes");

        Assert.Equal(Quill, result.Recommended);
        Assert.Equal(DecidedBy.TieBreak, result.DecidedBy);
        Assert.Equal("quill-learn-first", result.TieBreakRule?.Id);
        Assert.Equal(Confidence.TossUp, result.Confidence);
        Assert.Equal((0, 0.0), (result.Lead, result.Margin));
        Assert.Equal([0.5, 0.5], result.Scores.Select(s => s.Share));
    }

    [Fact]
    public void The_tie_break_rule_also_gives_its_points_when_an_answer_triggers_it()
    {
        var result = Recommend(Pair(), "learning=yes");

        Assert.Equal([1, 0], result.Scores.Select(s => s.Points));
        Assert.Equal(DecidedBy.Score, result.DecidedBy);
        Assert.Null(result.TieBreakRule);
    }

    [Fact]
    public void The_tie_break_picks_its_framework_even_when_another_level_framework_comes_first()
    {
        // lantern 2, harbor 2, quill 0: harbor's tie-break beats lantern's place in the framework order.
        var result = Recommend(Trio(), "admin=yes", "async=yes");

        Assert.Equal(Harbor, result.Recommended);
        Assert.Equal(DecidedBy.TieBreak, result.DecidedBy);
        Assert.Equal("harbor-safe-default", result.TieBreakRule?.Id);
    }

    [Fact]
    public void When_the_tie_break_framework_is_not_among_the_level_ones_the_first_level_framework_in_framework_order_wins()
    {
        // admin=yes (lantern 2) is asked first, size=small (quill 2) later; harbor 0 is not level, so its tie-break does not apply.
        var result = Recommend(Trio(), "admin=yes", "size=small");

        Assert.Equal(Quill, result.Recommended);
        Assert.Equal(DecidedBy.Score, result.DecidedBy);
        Assert.Null(result.TieBreakRule);
        Assert.Equal(Confidence.TossUp, result.Confidence);
        Assert.Equal([("quill", 2), ("lantern", 2), ("harbor", 0)], result.Scores.Select(s => (s.Framework.Slug, s.Points)));
    }

    [Fact]
    public void Three_level_frameworks_with_nothing_each_share_a_third_and_the_tie_break_decides()
    {
        var result = Recommend(Trio(), "async=no");

        Assert.Equal(Harbor, result.Recommended);
        Assert.Equal(DecidedBy.TieBreak, result.DecidedBy);
        Assert.All(result.Scores, score => Assert.Equal(1.0 / 3, score.Share, precision: 12));
    }

    [Fact]
    public void Without_a_tie_break_rule_level_scores_go_to_the_first_framework_in_framework_order()
    {
        var noTieBreak = new ChooserModel(
            [Lantern, Quill],
            [Ask("admin", ("yes", ["lantern-admin"]), ("no", ["quill-pick-parts"])), Ask("parts", ("yes", ["quill-pick-parts"]), ("no", []))],
            [Rule("lantern-admin", "lantern", 3), Rule("quill-pick-parts", "quill", 3)]);

        var level = Recommend(noTieBreak, "admin=yes", "parts=yes");
        var neutral = Recommend(noTieBreak, "parts=no");

        Assert.Equal((Lantern, DecidedBy.Score), (level.Recommended, level.DecidedBy));
        Assert.Equal((Lantern, DecidedBy.Score, Confidence.TossUp), (neutral.Recommended, neutral.DecidedBy, neutral.Confidence));
    }
}
