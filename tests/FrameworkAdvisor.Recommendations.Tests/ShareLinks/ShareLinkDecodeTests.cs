using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.ShareLinks;

/// <summary>
/// A link is user input: it may be retyped, truncated, edited or hostile. Decoding uses what it can, tells the
/// visitor what it ignored and why, and never throws.
/// </summary>
public sealed class ShareLinkDecodeTests
{
    private readonly ShareLinkCodec codec = new(Pair());

    [Fact]
    public void Ids_are_matched_regardless_of_case_and_surrounding_spaces()
    {
        var decoded = Decode((" Size ", " SMALL "), ("ADMIN", "No"));

        Assert.Equal(Answers("size=small", "admin=no"), decoded.Answers);
        Assert.True(decoded.IsClean);
    }

    [Fact]
    public void An_empty_value_means_the_question_was_skipped_is_not_worth_a_notice_and_does_not_clash_with_a_real_answer()
    {
        var decoded = Decode(("size", ""), ("admin", "   "), ("team", null), ("parts", "no"), ("learning", "yes"), ("learning", " "));

        Assert.Equal(Answers("parts=no", "learning=yes"), decoded.Answers);
        Assert.True(decoded.IsClean);
    }

    [Fact]
    public void An_unknown_question_is_ignored_with_a_notice_and_the_rest_is_used()
    {
        var decoded = Decode(("colour", "blue"), ("size", "small"));

        Assert.Equal(Answers("size=small"), decoded.Answers);
        Assert.Equal([new IgnoredPart("colour", "blue", "There is no question with this id.")], decoded.Ignored);
        Assert.False(decoded.TooLong);
    }

    [Fact]
    public void An_unknown_answer_to_a_known_question_is_ignored_with_a_notice()
    {
        var decoded = Decode(("size", "Huge"), ("admin", "no"));

        Assert.Equal(Answers("admin=no"), decoded.Answers);
        Assert.Equal([new IgnoredPart("size", "Huge", "This question has no such answer.")], decoded.Ignored);
    }

    [Fact]
    public void A_question_answered_twice_differently_is_ignored_altogether_with_a_notice_for_each_answer()
    {
        var decoded = Decode(("size", "small"), ("admin", "no"), ("size", "large"));

        Assert.Equal(Answers("admin=no"), decoded.Answers);
        Assert.Equal(
            [
                new IgnoredPart("size", "small", "This question was answered twice with different answers."),
                new IgnoredPart("size", "large", "This question was answered twice with different answers."),
            ],
            decoded.Ignored);
    }

    [Fact]
    public void A_question_given_the_same_answer_twice_is_fine()
    {
        var decoded = Decode(("size", "small"), ("SIZE", "Small "));

        Assert.Equal(Answers("size=small"), decoded.Answers);
        Assert.True(decoded.IsClean);
    }

    [Fact]
    public void The_same_ignored_part_repeated_is_reported_once()
    {
        var decoded = Decode(("colour", "blue"), ("Colour", "BLUE"), ("colour", "red"));

        Assert.Equal(["colour=blue", "colour=red"], decoded.Ignored.Select(part => $"{part.Key}={part.Value}"));
    }

    [Fact]
    public void Garbage_never_throws_and_what_is_shown_back_is_at_most_forty_characters_and_an_ellipsis()
    {
        string[] garbage =
        [
            "\0", "%00", "<script>alert(1)</script>", new string('x', 10_000), "🦆🦆🦆", "\u202Eevil", "size\n", "", " ",
            "\uD800", "\uDC00size", "=&=&", "size=small", "Ω≈ç√∫", "\r\n\t", new string('\uD83E', 63),
        ];
        var inputs = garbage.SelectMany(g => new[]
        {
            Decode((g, g)), Decode(("size", g)), Decode((g, "small")), Decode((g, null)),
            codec.Decode([.. garbage.Select(other => KeyValuePair.Create(g, (string?)other))]),
        }).Append(codec.Decode([KeyValuePair.Create<string, string?>(null!, "small"), KeyValuePair.Create<string, string?>(null!, null)]));

        Assert.All(inputs, decoded =>
        {
            Assert.NotNull(decoded.Answers);
            Assert.All(decoded.Ignored, part =>
            {
                Assert.True(part.Key.Length <= 41, $"key shown as {part.Key.Length} characters");
                Assert.True(part.Value.Length <= 41, $"value shown as {part.Value.Length} characters");
                Assert.DoesNotContain('\0', part.Key + part.Value);
            });
        });
    }

    [Fact]
    public void Markup_is_handed_back_as_typed_for_the_page_to_escape()
    {
        var decoded = Decode(("<script>alert(1)</script>", "<b>"));

        Assert.Equal([new IgnoredPart("<script>alert(1)</script>", "<b>", IgnoredReasons.UnknownQuestion)], decoded.Ignored);
    }

    [Fact]
    public void A_long_ignored_value_is_cut_to_forty_characters_without_splitting_an_emoji()
    {
        var ducks = string.Concat(Enumerable.Repeat("🦆", 32)); // 64 UTF-16 characters: as long as a part may be
        var oddDucks = "a" + string.Concat(Enumerable.Repeat("🦆", 31)); // 63: the 20th duck would straddle the cut

        var even = Assert.Single(Decode(("size", ducks)).Ignored);
        var odd = Assert.Single(Decode(("size", oddDucks)).Ignored);

        Assert.Equal(string.Concat(Enumerable.Repeat("🦆", 20)) + "…", even.Value);
        Assert.Equal("a" + string.Concat(Enumerable.Repeat("🦆", 19)) + "…", odd.Value);
    }

    [Fact]
    public void Control_characters_in_an_ignored_part_are_shown_as_replacement_characters()
    {
        var decoded = Decode(("\0size", "small"));

        Assert.Equal([new IgnoredPart("\uFFFDsize", "small", IgnoredReasons.UnknownQuestion)], decoded.Ignored);
    }

    [Fact]
    public void More_than_sixty_four_pairs_is_too_long_to_be_one_of_our_links_and_nothing_is_decoded()
    {
        var sixtyFour = Decode([.. Enumerable.Repeat(("size", (string?)"small"), 64)]);
        var sixtyFive = Decode([.. Enumerable.Repeat(("size", (string?)"small"), 65)]);

        Assert.Equal((false, 1), (sixtyFour.TooLong, sixtyFour.Answers.Count));
        Assert.True(sixtyFive.TooLong);
        Assert.True(sixtyFive.Answers.IsEmpty);
        Assert.Empty(sixtyFive.Ignored);
    }

    [Fact]
    public void A_key_or_value_over_sixty_four_characters_cannot_be_an_id_and_is_ignored_with_a_notice()
    {
        var atTheLimit = Decode((new string('k', 64), "small"));
        var overKey = Decode((new string('k', 65), "small"), ("admin", "no"));
        var overValue = Decode(("size", new string('v', 65)), ("admin", "no"));

        Assert.Equal([IgnoredReasons.UnknownQuestion], atTheLimit.Ignored.Select(part => part.Reason));
        Assert.All([overKey, overValue], decoded =>
        {
            Assert.False(decoded.TooLong);
            Assert.Equal(Answers("admin=no"), decoded.Answers);
            Assert.Equal([IgnoredReasons.TooLongForAnAnswer], decoded.Ignored.Select(part => part.Reason));
        });
    }

    [Fact]
    public void Over_a_thousand_characters_addressed_to_questions_is_too_long()
    {
        // Each pair is "size" and a 60-character value, 64 characters: 15 pairs are 960, 16 are 1,024.
        var fifteen = Decode([.. Enumerable.Range(10, 15).Select(n => ("size", (string?)$"v{n}".PadRight(60, 'x')))]);
        var sixteen = Decode([.. Enumerable.Range(10, 16).Select(n => ("size", (string?)$"v{n}".PadRight(60, 'x')))]);

        Assert.False(fifteen.TooLong);
        Assert.Equal(11, fifteen.Ignored.Count);
        Assert.Equal("5 more parts of the link were ignored too.", fifteen.Ignored[^1].Reason);
        Assert.True(sixteen.TooLong);
    }

    [Fact]
    public void No_pairs_at_all_decode_to_nothing_answered_without_notices()
    {
        Assert.True(codec.Decode(null).IsClean);
        Assert.True(codec.Decode([]).Answers.IsEmpty);
    }

    private DecodedAnswers Decode(params (string Key, string? Value)[] pairs) =>
        codec.Decode(pairs.Select(pair => KeyValuePair.Create(pair.Key, pair.Value)));
}
