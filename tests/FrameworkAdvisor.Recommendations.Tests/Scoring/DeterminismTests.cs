using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Scoring;

/// <summary>The same answers always give the same result and the same link, however they were put together.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Scoring_the_same_answers_twice_gives_equal_outcomes()
    {
        var answers = Answers("size=small", "admin=yes", "parts=yes", "learning=no");

        var first = new RecommendationEngine(Pair()).Recommend(answers);
        var second = new RecommendationEngine(Pair()).Recommend(answers);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Answers_given_in_a_different_order_are_the_same_answers_with_the_same_result_and_link()
    {
        var chooser = Pair();
        var forwards = AnswerSet.Empty.With("size", "large").With("admin", "no").With("team", "many");
        var backwards = AnswerSet.Empty.With("team", "many").With("admin", "no").With("size", "large");
        var viaDetour = AnswerSet.Empty.With("team", "solo").With("size", "large").With("learning", "yes").With("admin", "no").Without("learning").With("team", "many");
        var engine = new RecommendationEngine(chooser);
        var codec = new ShareLinkCodec(chooser);

        Assert.Equal(forwards, backwards);
        Assert.Equal(forwards, viaDetour);
        Assert.Equal(forwards.GetHashCode(), viaDetour.GetHashCode());
        Assert.Equal(engine.Recommend(forwards), engine.Recommend(backwards));
        Assert.Equal(engine.Recommend(forwards), engine.Recommend(viaDetour));
        Assert.Equal("admin=no&size=large&team=many", codec.Encode(backwards));
        Assert.Equal(codec.Encode(forwards), codec.Encode(viaDetour));
    }
}
