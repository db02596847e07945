namespace FrameworkAdvisor.Recommendations.Tests.Wording;

public sealed class CountedTests
{
    [Theory]
    [InlineData(1, "error", null, "1 error")]
    [InlineData(0, "error", null, "0 errors")]
    [InlineData(2, "comparison", null, "2 comparisons")]
    [InlineData(1, "leans Quill", "lean Quill", "1 leans Quill")]
    [InlineData(5, "leans Quill", "lean Quill", "5 lean Quill")]
    public void Count_takes_the_singular_only_for_exactly_one(int count, string one, string? many, string expected) =>
        Assert.Equal(expected, Counted.Of(count, one, many));

    [Theory]
    [InlineData(1, "counts")]
    [InlineData(2, "count")]
    public void A_verb_agrees_with_its_count(int count, string expected) => Assert.Equal(expected, Counted.Word(count, "counts", "count"));
}
