using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.ShareLinks;

/// <summary>Share links carry which answers matter a lot, in a mark that survives being pasted anywhere.</summary>
public sealed class ShareLinkImportanceTests
{
    private readonly ShareLinkCodec _codec = new(Pair());

    [Fact]
    public void A_marked_answer_is_written_with_the_mark_before_its_option_never_at_the_end_of_the_link()
    {
        var answers = Answers("team=many", "size=small").WithImportance("team", matters: true);

        Assert.Equal("size=small&team=!many", _codec.Encode(answers));
    }

    [Fact]
    public void The_questionnaires_checkbox_marks_whatever_answer_its_question_has()
    {
        var decoded = _codec.Decode(Pairs(("size", "small"), ("size", "!"), ("admin", "no")));

        Assert.True(decoded.IsClean);
        Assert.True(decoded.Answers.IsImportant("size"));
        Assert.False(decoded.Answers.IsImportant("admin"));
        Assert.Equal("admin=no&size=!small", _codec.Encode(decoded.Answers));
    }

    [Fact]
    public void A_mark_on_a_skipped_question_counts_for_nothing_and_is_not_reported()
    {
        var decoded = _codec.Decode(Pairs(("size", "!"), ("admin", "no")));

        Assert.True(decoded.IsClean);
        Assert.Equal(Answers("admin=no"), decoded.Answers);
    }

    [Fact]
    public void Marks_are_read_in_any_case_and_with_stray_spaces_like_the_rest_of_a_link()
    {
        var decoded = _codec.Decode(Pairs((" Size ", " ! SMALL ")));

        Assert.Equal(Answers("size=small").WithImportance("size", matters: true), decoded.Answers);
    }

    [Fact]
    public void A_mark_does_not_make_the_same_answer_count_as_two_different_answers()
    {
        var decoded = _codec.Decode(Pairs(("size", "small"), ("size", "!small")));

        Assert.True(decoded.IsClean);
        Assert.True(decoded.Answers.IsImportant("size"));
    }

    [Fact]
    public void Old_links_without_marks_mean_what_they_always_meant()
    {
        var decoded = _codec.Decode(Pairs(("admin", "no"), ("size", "small")));

        Assert.Equal(Answers("admin=no", "size=small"), decoded.Answers);
        Assert.Empty(decoded.Answers.Important);
    }

    [Fact]
    public void Every_answer_set_with_every_answer_marked_survives_a_round_trip()
    {
        Assert.All(ShareLinkRoundTripTests.AllAnswerSets(Pair()), answers =>
        {
            var marked = answers.Pairs.Aggregate(answers, (set, pair) => set.WithImportance(pair.Key, matters: true));
            var decoded = _codec.Decode(ShareLinkRoundTripTests.QueryPairs(_codec.Encode(marked)));
            Assert.Equal(marked, decoded.Answers);
        });
    }

    private static IEnumerable<KeyValuePair<string, string?>> Pairs(params (string Key, string Value)[] pairs) =>
        pairs.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value));
}
