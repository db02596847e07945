using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Scoring;

/// <summary>When a result is called a clear fit, a leaning or a toss-up (Pair chooser, see <see cref="Choosers"/>).</summary>
public sealed class ConfidenceTests
{
    [Fact]
    public void A_lead_of_one_point_from_one_answer_is_leaning_not_a_clear_fit_although_the_margin_is_total()
    {
        var result = Recommend(Pair(), "parts=no");

        Assert.Equal(Lantern, result.Recommended);
        Assert.Equal(1.0, result.Margin);
        Assert.Equal(1, result.Lead);
        Assert.Equal(Confidence.Leaning, result.Confidence);
    }

    [Fact]
    public void A_big_margin_and_a_lead_of_several_points_is_a_clear_fit()
    {
        // quill 2 + 3 = 5, lantern 0.
        var result = Recommend(Pair(), "size=small", "admin=no");

        Assert.Equal(Quill, result.Recommended);
        Assert.Equal((5, 1.0), (result.Lead, result.Margin));
        Assert.Equal(Confidence.ClearFit, result.Confidence);
    }

    [Fact]
    public void A_winner_by_one_point_out_of_eleven_is_a_toss_up_though_not_level()
    {
        // quill 2 + 3 = 5; lantern admin 3 + big team 2 + batteries 1 = 6.
        var result = Recommend(Pair(), "size=small", "parts=yes", "admin=yes", "team=many");

        Assert.Equal(Lantern, result.Recommended);
        Assert.Equal(DecidedBy.Score, result.DecidedBy);
        Assert.Equal(1.0 / 11, result.Margin, precision: 12);
        Assert.Equal(Confidence.TossUp, result.Confidence);
    }

    [Fact]
    public void A_margin_of_exactly_one_fifth_is_no_longer_a_toss_up()
    {
        // quill 3, lantern 2: lead 1 of 5 points.
        var result = Recommend(Pair(), "parts=yes", "size=large");

        Assert.Equal(0.2, result.Margin);
        Assert.Equal(Confidence.Leaning, result.Confidence);
    }

    [Fact]
    public void A_lead_of_three_points_that_is_only_a_third_of_all_points_is_leaning()
    {
        // quill 2 + 3 + 1 = 6; lantern 2 + 1 = 3.
        var result = Recommend(Pair(), "size=small", "admin=no", "learning=yes", "team=many");

        Assert.Equal((3, 9), (result.Lead, result.TotalPoints));
        Assert.Equal(Confidence.Leaning, result.Confidence);
    }

    [Theory]
    [InlineData(3, 3, 6, Confidence.TossUp)]
    [InlineData(0, 0, 0, Confidence.TossUp)]
    [InlineData(5, 4, 9, Confidence.TossUp)]
    [InlineData(3, 2, 5, Confidence.Leaning)]
    [InlineData(2, 0, 2, Confidence.Leaning)]
    [InlineData(6, 3, 9, Confidence.Leaning)]
    [InlineData(3, 1, 4, Confidence.Leaning)]
    [InlineData(3, 0, 3, Confidence.ClearFit)]
    [InlineData(6, 2, 8, Confidence.ClearFit)]
    [InlineData(4, 1, 5, Confidence.ClearFit)]
    public void The_default_policy_draws_the_lines_at_a_fifth_a_half_and_three_points(int top, int runnerUp, int total, Confidence expected)
    {
        Assert.Equal(expected, ConfidencePolicy.Default.Classify(top, runnerUp, total));
    }

    [Fact]
    public void The_policy_can_explain_itself_in_a_sentence_for_the_page()
    {
        Assert.Equal(
            "A toss-up when the top two are level or the lead is under 20% of all points; "
            + "a clear fit when the lead is at least 50% of all points and at least 3 points; otherwise a leaning.",
            ConfidencePolicy.Default.Describe());
    }

    [Fact]
    public void A_stricter_policy_changes_the_label_but_not_the_recommendation()
    {
        var strict = new RecommendationEngine(Pair(), new ConfidencePolicy(TossUpBelowMargin: 0.2, ClearFitFromMargin: 0.5, ClearFitMinimumLead: 6));

        var result = Recommend(strict, "size=small", "admin=no");

        Assert.Equal(Quill, result.Recommended);
        Assert.Equal(Confidence.Leaning, result.Confidence);
    }
}
