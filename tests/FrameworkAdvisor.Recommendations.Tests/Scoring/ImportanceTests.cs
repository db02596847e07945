using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Scoring;

/// <summary>
/// "This matters a lot to me" doubles the points of the rules an answer triggers (Pair chooser, see
/// <see cref="Choosers"/>; expected points worked out by hand from its table).
/// </summary>
public sealed class ImportanceTests
{
    [Fact]
    public void An_answer_that_matters_a_lot_gives_its_rules_double_points_and_says_so()
    {
        var result = Score(Marked(Answers("size=small"), "size"));

        var line = Assert.Single(result.Contributions);
        Assert.Equal((4, true, true), (line.Points, line.Important, line.Doubled));
        Assert.Equal([4, 0], result.Scores.Select(s => s.Points));
    }

    [Fact]
    public void Marking_an_answer_can_turn_the_result()
    {
        var plain = Recommend(Pair(), "admin=yes", "size=small");
        var marked = Score(Marked(Answers("admin=yes", "size=small"), "size"));

        Assert.Equal((Lantern, 2, 3), (plain.Recommended, plain.Scores[0].Points, plain.Scores[1].Points));
        Assert.Equal((Quill, 4, 3), (marked.Recommended, marked.Scores[0].Points, marked.Scores[1].Points));
    }

    [Fact]
    public void A_rule_still_counts_once_and_the_answer_that_matters_carries_it_at_double_points()
    {
        // admin=no and parts=yes both trigger quill-pick-parts (3); only parts is marked.
        var result = Score(Marked(Answers("admin=no", "parts=yes"), "parts"));

        Assert.Collection(result.Contributions,
            admin => Assert.Equal(("admin", 0, "parts"), (admin.Question.Id, admin.Points, admin.CountedWith?.Id)),
            parts => Assert.Equal(("parts", 6, true), (parts.Question.Id, parts.Points, parts.Doubled)));
        Assert.Equal(6, result.Scores[0].Points);
    }

    [Fact]
    public void A_neutral_answer_that_matters_still_gives_nothing()
    {
        var result = Score(Marked(Answers("size=unsure"), "size"));

        Assert.Equal(0, result.TotalPoints);
        Assert.False(Assert.Single(result.Contributions).Doubled);
    }

    [Fact]
    public void What_would_change_keeps_the_mark_with_its_question_and_counts_it_double()
    {
        // quill 4 (size=small, marked) vs lantern 3 (admin=yes). Changing size to large gives lantern 3 + 2 × 2 = 7.
        var result = Score(Marked(Answers("admin=yes", "size=small"), "size"));

        var toLarge = result.WhatWouldChange.Single(s => s.Changes is [{ Question.Id: "size", To.Id: "large" }]);
        Assert.Equal((Lantern, 7), (toLarge.NewRecommended, toLarge.Lead));
        Assert.True(toLarge.Answers.IsImportant("size"));
        Assert.Equal("admin=yes&size=!large", new ShareLinkCodec(Pair()).Encode(toLarge.Answers));
    }

    [Fact]
    public void Skipping_a_marked_question_drops_its_mark()
    {
        var answers = Marked(Answers("admin=yes", "size=small"), "size").Without("size");

        Assert.False(answers.IsImportant("size"));
        Assert.Throws<ArgumentException>(() => answers.WithImportance("size", matters: true));
    }

    [Fact]
    public void The_same_answers_with_and_without_a_mark_are_different_answer_sets()
    {
        var plain = Answers("size=small");
        var marked = Marked(Answers("size=small"), "size");

        Assert.NotEqual(plain, marked);
        Assert.Equal(marked, Marked(Answers("size=small"), "size"));
        Assert.Equal(marked.GetHashCode(), Marked(Answers("size=small"), "size").GetHashCode());
        Assert.Equal("size=small!", marked.ToString());
    }

    private static AnswerSet Marked(AnswerSet answers, params string[] questions) =>
        questions.Aggregate(answers, (set, question) => set.WithImportance(question, matters: true));

    private static Recommendation Score(AnswerSet answers) =>
        Assert.IsType<Recommendation>(new RecommendationEngine(Pair()).Recommend(answers));
}
