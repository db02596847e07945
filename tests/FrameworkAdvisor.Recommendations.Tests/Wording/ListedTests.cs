namespace FrameworkAdvisor.Recommendations.Tests.Wording;

public sealed class ListedTests
{
    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Quill" }, "Quill")]
    [InlineData(new[] { "Quill", "Lantern" }, "Quill and Lantern")]
    [InlineData(new[] { "Quill", "Lantern", "Harbor" }, "Quill, Lantern and Harbor")]
    public void A_list_is_joined_by_commas_and_a_last_and(string[] items, string expected) =>
        Assert.Equal(expected, Listed.And(items));

    [Fact]
    public void A_choice_ends_with_or() => Assert.Equal("Quill, Lantern or Harbor", Listed.Or(["Quill", "Lantern", "Harbor"]));
}
