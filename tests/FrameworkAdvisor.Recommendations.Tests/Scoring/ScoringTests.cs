using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Scoring;

/// <summary>Points, shares and the explanation a visitor sees for their answers (Pair chooser, see <see cref="Choosers"/>).</summary>
public sealed class ScoringTests
{
    [Fact]
    public void Nothing_answered_asks_for_an_answer_instead_of_recommending()
    {
        var outcome = new RecommendationEngine(Pair()).Recommend(AnswerSet.Empty);

        var nothing = Assert.IsType<NothingAnswered>(outcome);
        Assert.Equal("Answer at least one question to get a recommendation.", nothing.Message);
        Assert.Equal(5, nothing.QuestionCount);
    }

    [Fact]
    public void A_neutral_answer_alone_is_level_at_nothing_each_and_the_tie_break_decides_with_equal_shares()
    {
        var result = Recommend(Pair(), "size=unsure");

        Assert.Equal(Quill, result.Recommended);
        Assert.Equal(DecidedBy.TieBreak, result.DecidedBy);
        Assert.Equal("quill-learn-first", result.TieBreakRule?.Id);
        Assert.Equal([0, 0], result.Scores.Select(s => s.Points));
        Assert.Equal([0.5, 0.5], result.Scores.Select(s => s.Share));
        Assert.Equal(0, result.TotalPoints);
        Assert.Equal(0, result.Margin);
        Assert.Equal(Confidence.TossUp, result.Confidence);
    }

    [Fact]
    public void A_neutral_answer_is_listed_with_no_points_and_counts_as_answered_while_a_skipped_one_is_only_listed_as_skipped()
    {
        var result = Recommend(Pair(), "learning=no", "admin=yes");

        Assert.Collection(result.Contributions,
            admin =>
            {
                Assert.Equal(("admin", "yes", "lantern-admin", 3), (admin.Question.Id, admin.Option.Id, admin.Rule?.Id, admin.Points));
                Assert.False(admin.IsNeutral);
            },
            learning =>
            {
                Assert.Equal(("learning", "no", 0), (learning.Question.Id, learning.Option.Id, learning.Points));
                Assert.Null(learning.Rule);
                Assert.True(learning.IsNeutral);
            });
        Assert.Equal(2, result.AnsweredCount);
        Assert.Equal(5, result.QuestionCount);
        Assert.Equal(["size", "parts", "team"], result.Skipped.Select(q => q.Id));
    }

    [Fact]
    public void Scores_are_totalled_per_framework_in_framework_order_with_shares_of_all_points()
    {
        // quill: small app 2 + pick parts 3 = 5; lantern: admin 3. Total 8, lead 2, margin 2/8.
        var result = Recommend(Pair(), "size=small", "admin=yes", "parts=yes");

        Assert.Equal(Quill, result.Recommended);
        Assert.Equal(DecidedBy.Score, result.DecidedBy);
        Assert.Null(result.TieBreakRule);
        Assert.Equal([("quill", 5, 0.625), ("lantern", 3, 0.375)], result.Scores.Select(s => (s.Framework.Slug, s.Points, s.Share)));
        Assert.Equal(8, result.TotalPoints);
        Assert.Equal(2, result.Lead);
        Assert.Equal(0.25, result.Margin);
        Assert.Equal(Confidence.Leaning, result.Confidence);
    }

    [Fact]
    public void Contributions_follow_the_questionnaire_order_not_the_order_answers_were_given()
    {
        var result = Recommend(Pair(), "learning=yes", "team=many", "size=small");

        Assert.Equal(
            [("size", "quill-small-app", 2), ("team", "lantern-big-team", 2), ("team", "lantern-batteries", 1), ("learning", "quill-learn-first", 1)],
            result.Contributions.Select(c => (c.Question.Id, c.Rule!.Id, c.Points)));
    }

    [Fact]
    public void A_rule_triggered_by_two_answers_counts_once_and_the_later_line_says_it_was_counted_earlier()
    {
        // admin=no and parts=yes both trigger quill-pick-parts (3 points): quill has 3, not 6.
        var result = Recommend(Pair(), "parts=yes", "admin=no");

        Assert.Collection(result.Contributions,
            first => Assert.Equal(("admin", "quill-pick-parts", 3, false), (first.Question.Id, first.Rule!.Id, first.Points, first.CountedElsewhere)),
            again => Assert.Equal(("parts", "quill-pick-parts", 0, true), (again.Question.Id, again.Rule!.Id, again.Points, again.CountedElsewhere)));
        Assert.Equal([3, 0], result.Scores.Select(s => s.Points));
    }

    [Fact]
    public void A_rule_an_earlier_answer_triggered_adds_nothing_when_a_later_answer_triggers_it_with_another_rule()
    {
        // size=large gives big team 2; team=many gives big team again (already counted) and batteries 1: lantern 3.
        var result = Recommend(Pair(), "size=large", "team=many");

        Assert.Equal(
            [("size", "lantern-big-team", 2, false), ("team", "lantern-big-team", 0, true), ("team", "lantern-batteries", 1, false)],
            result.Contributions.Select(c => (c.Question.Id, c.Rule!.Id, c.Points, c.CountedElsewhere)));
        Assert.Equal([0, 3], result.Scores.Select(s => s.Points));
    }

    [Fact]
    public void Shares_always_add_up_to_one_and_are_never_nan()
    {
        foreach (var answers in new[] { new[] { "size=unsure" }, ["learning=no", "size=unsure"], ["size=small"], ["admin=yes", "parts=yes", "team=many"] })
        {
            var result = Recommend(Pair(), answers);

            Assert.All(result.Scores, score => Assert.False(double.IsNaN(score.Share), $"NaN share for {string.Join(", ", answers)}"));
            Assert.False(double.IsNaN(result.Margin));
            Assert.Equal(1.0, result.Scores.Sum(s => s.Share), precision: 12);
        }
    }

    [Fact]
    public void Answers_naming_a_question_or_option_the_chooser_lacks_are_a_programming_error()
    {
        var engine = new RecommendationEngine(Pair());

        var unknownQuestion = Assert.Throws<ArgumentException>(() => engine.Recommend(Answers("colour=blue")));
        var unknownOption = Assert.Throws<ArgumentException>(() => engine.Recommend(Answers("size=huge")));

        Assert.Contains("no question 'colour'", unknownQuestion.Message, StringComparison.Ordinal);
        Assert.Contains("Question 'size' has no option 'huge'", unknownOption.Message, StringComparison.Ordinal);
    }
}
