using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Model;

/// <summary>The answers as a value: what the change search, the cache of results and the share links rely on.</summary>
public sealed class AnswerSetTests
{
    [Fact]
    public void Sets_with_the_same_answers_are_equal_and_sets_that_differ_are_not()
    {
        var a = AnswerSet.From(("size", "small"), ("admin", "no"));

        Assert.True(a == AnswerSet.Empty.With("admin", "no").With("size", "small"));
        Assert.NotEqual(a, a.With("size", "large"));
        Assert.NotEqual(a, a.With("learning", "no"));
        Assert.NotEqual(AnswerSet.Empty, a);
        Assert.Equal(AnswerSet.Empty, a.Without("size").Without("admin"));
    }

    [Fact]
    public void Answering_a_question_again_replaces_the_earlier_answer_and_skipping_it_removes_it()
    {
        var answers = AnswerSet.Empty.With("size", "small").With("size", "large");

        Assert.Equal("large", answers.OptionFor("size"));
        Assert.Equal(1, answers.Count);
        Assert.Null(answers.Without("size").OptionFor("size"));
        Assert.False(answers.Without("size").IsAnswered("size"));
        Assert.Equal("large", answers.OptionFor("size"));
    }

    [Fact]
    public void A_set_reads_as_sorted_pairs_in_an_assertion_message()
    {
        Assert.Equal("admin=no, size=small", AnswerSet.From(("size", "small"), ("admin", "no")).ToString());
        Assert.Equal("(nothing answered)", AnswerSet.Empty.ToString());
    }

    [Fact]
    public void The_same_question_given_two_different_answers_is_refused_but_given_the_same_one_twice_is_fine()
    {
        var conflict = Assert.Throws<ArgumentException>(() => AnswerSet.From(("size", "small"), ("size", "large")));

        Assert.Contains("'size' is answered twice, with 'small' and 'large'", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(AnswerSet.Empty.With("size", "small"), AnswerSet.From(("size", "small"), ("size", "small")));
    }

    [Theory]
    [InlineData("Size", "small")]
    [InlineData("size", "")]
    [InlineData("size", "sm all")]
    [InlineData("size&x", "small")]
    [InlineData("size", "small\n")]
    public void Ids_that_would_need_escaping_in_a_link_are_refused(string questionId, string optionId)
    {
        Assert.Throws<ArgumentException>(() => AnswerSet.Empty.With(questionId, optionId));
    }

    [Fact]
    public void Answers_built_against_a_chooser_must_name_its_questions_and_options()
    {
        var chooser = Pair();

        Assert.Equal(2, AnswerSet.For(chooser, ("size", "small"), ("learning", "no")).Count);
        var unknownQuestion = Assert.Throws<ArgumentException>(() => AnswerSet.For(chooser, ("colour", "blue")));
        var unknownOption = Assert.Throws<ArgumentException>(() => AnswerSet.For(chooser, ("size", "tiny")));
        Assert.Contains("There is no question 'colour' in this chooser.", unknownQuestion.Message, StringComparison.Ordinal);
        Assert.Contains("Question 'size' has no option 'tiny'.", unknownOption.Message, StringComparison.Ordinal);
    }
}
