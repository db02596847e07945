using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Wording;

/// <summary>
/// The words a result is given never claim more than its scores show (Pair and Trio choosers, see
/// <see cref="Choosers"/>; every score below is worked out by hand from their tables).
/// </summary>
public sealed class ResultWordingTests
{
    [Fact]
    public void A_clear_fit_is_said_to_fit_best()
    {
        // quill pick parts 3 + small app 2 = 5, lantern 0.
        var wording = new ResultWording(Recommend(Pair(), "admin=no", "size=small"));

        Assert.Equal("Quill fits best", wording.Headline);
        Assert.Equal(wording.Headline, wording.Verdict);
        Assert.Null(wording.TieBreakPick);
        Assert.Equal("Your answers point clearly one way.", wording.ConfidenceExplanation);
        Assert.Null(wording.TieBreakExplanation);
    }

    [Fact]
    public void A_level_result_settled_by_the_tie_break_says_so_and_never_that_anything_fits_best()
    {
        // A neutral answer only: 0–0, and the tie-break favours quill.
        var wording = new ResultWording(Recommend(Pair(), "size=unsure"));

        Assert.Equal("A toss-up: the article’s tie-break points to Quill", wording.Headline);
        // The page leads with the toss-up alone and names the tie-break's pick below it.
        Assert.Equal("It’s a toss-up", wording.Verdict);
        Assert.Equal("quill", wording.TieBreakPick?.Slug);
        Assert.DoesNotContain("fits best", wording.ImageDescription, StringComparison.Ordinal);
        Assert.Equal("Toss-up", wording.ConfidenceLabel);
    }

    [Fact]
    public void The_tie_break_is_the_articles_rule_for_close_calls_and_only_says_you_cannot_decide_when_you_said_so()
    {
        // Level at 3–3 with no answer about deciding; then level at 1–1 where learning=yes triggered the tie-break rule itself.
        var unsaid = new ResultWording(Recommend(Pair(), "admin=yes", "parts=yes")).TieBreakExplanation!;
        var said = new ResultWording(Recommend(Pair(), "learning=yes", "parts=no")).TieBreakExplanation!;

        Assert.Contains("the article’s rule for close calls, its tie-break, decides: it points to Quill", unsaid, StringComparison.Ordinal);
        Assert.DoesNotContain("you said", unsaid, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("you said you still find it hard to choose", said, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_scores_that_no_tie_break_can_settle_name_every_framework_at_the_top()
    {
        // Trio: lantern 2, quill 2, harbor 0; the tie-break favours harbor, which is not level, so quill wins on order.
        var wording = new ResultWording(Recommend(Trio(), "admin=yes", "size=small"));

        Assert.Equal("A toss-up between Quill and Lantern", wording.Headline);
    }

    [Fact]
    public void A_narrow_lead_is_a_toss_up_with_one_framework_slightly_ahead()
    {
        // lantern admin 3 + big team 2 + batteries 1 = 6, quill pick parts 3 + small app 2 = 5: a lead of 1 in 11.
        var wording = new ResultWording(Recommend(Pair(), "admin=yes", "team=many", "parts=yes", "size=small"));

        Assert.Equal("A toss-up, with Lantern slightly ahead", wording.Headline);
        Assert.Equal("Your answers give the frameworks about the same support.", wording.ConfidenceExplanation);
    }

    [Fact]
    public void One_answer_worth_one_point_is_a_slight_lean_not_a_strong_preference()
    {
        var wording = new ResultWording(Recommend(Pair(), "learning=yes", "size=unsure"));

        Assert.Equal("A slight lean towards Quill", wording.Headline);
        Assert.Equal("Leaning", wording.ConfidenceLabel);
        Assert.Contains("a slight lean, not a strong preference", wording.ConfidenceExplanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leaning_of_more_than_one_point_fits_best_but_not_by_much()
    {
        // lantern big team 2, quill learn first 1.
        var wording = new ResultWording(Recommend(Pair(), "team=solo", "size=large"));

        Assert.Equal("Lantern fits best", wording.Headline);
        Assert.Equal("Your answers lean one way, but not by much.", wording.ConfidenceExplanation);
    }

    [Fact]
    public void The_image_description_gives_the_verdict_confidence_scores_and_how_many_questions_were_answered()
    {
        var wording = new ResultWording(Recommend(Pair(), "admin=no", "size=small"));

        Assert.Equal("Quill fits best. Clear fit: Quill 5 points, Lantern 0 points; 2 of 5 questions answered.", wording.ImageDescription);
    }
}
