using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.ShareLinks;

/// <summary>A shared link brings back exactly the answers it was made from, now and after the questionnaire changes.</summary>
public sealed class ShareLinkRoundTripTests
{
    [Fact]
    public void A_link_lists_question_equals_option_pairs_sorted_by_question_id()
    {
        var codec = new ShareLinkCodec(Pair());

        Assert.Equal("admin=no&size=small&team=many", codec.Encode(Answers("team=many", "size=small", "admin=no")));
        Assert.Equal("learning=no", codec.Encode(Answers("learning=no")));
        Assert.Equal("", codec.Encode(AnswerSet.Empty));
    }

    [Fact]
    public void Every_possible_set_of_answers_survives_a_round_trip_through_a_link()
    {
        var codec = new ShareLinkCodec(Pair());
        var all = AllAnswerSets(Pair()).ToList();

        Assert.Equal(4 * 3 * 3 * 3 * 3, all.Count);
        Assert.All(all, answers =>
        {
            var decoded = codec.Decode(QueryPairs(codec.Encode(answers)));
            Assert.Equal(answers, decoded.Answers);
            Assert.True(decoded.IsClean, $"{answers} came back with notices: {string.Join("; ", decoded.Ignored)}");
        });
    }

    [Fact]
    public void Reordering_the_questions_changes_neither_what_an_old_link_means_nor_the_link_itself()
    {
        var before = new ShareLinkCodec(Pair());
        var after = new ShareLinkCodec(new ChooserModel([Quill, Lantern], [.. PairQuestions.Reverse()], PairRules));

        Assert.All(AllAnswerSets(Pair()), answers =>
        {
            var link = before.Encode(answers);
            Assert.Equal(answers, after.Decode(QueryPairs(link)).Answers);
            Assert.Equal(link, after.Encode(answers));
        });
    }

    [Fact]
    public void A_link_made_before_a_question_was_added_still_decodes_with_that_question_skipped()
    {
        var withBudget = new ChooserModel([Quill, Lantern], [.. PairQuestions, Ask("budget", ("low", ["quill-small-app"]), ("high", []))], PairRules);
        var codec = new ShareLinkCodec(withBudget);

        var decoded = codec.Decode(QueryPairs("admin=no&size=small&team=many"));

        Assert.True(decoded.IsClean);
        Assert.Equal(Answers("admin=no", "size=small", "team=many"), decoded.Answers);
        Assert.False(decoded.Answers.IsAnswered("budget"));
    }

    [Fact]
    public void Encoding_answers_that_do_not_belong_to_the_chooser_is_a_programming_error()
    {
        var codec = new ShareLinkCodec(Pair());

        Assert.Throws<ArgumentException>(() => codec.Encode(AnswerSet.Empty.With("colour", "blue")));
    }

    /// <summary>What the web layer hands over: the query split on '&amp;' and '=' (our ids need no URL-decoding).</summary>
    internal static IEnumerable<KeyValuePair<string, string?>> QueryPairs(string query) =>
        query.Length == 0
            ? []
            : query.Split('&').Select(pair => pair.Split('=', 2)).Select(parts => KeyValuePair.Create(parts[0], (string?)(parts.Length > 1 ? parts[1] : "")));

    /// <summary>Every combination of "skipped or one of the options" over all questions.</summary>
    internal static IEnumerable<AnswerSet> AllAnswerSets(ChooserModel chooser)
    {
        IEnumerable<AnswerSet> sets = [AnswerSet.Empty];
        foreach (var question in chooser.Questions)
        {
            sets = sets.SelectMany(set => question.Options.Select(option => set.With(question.Id, option.Id)).Prepend(set)).ToList();
        }

        return sets;
    }
}
