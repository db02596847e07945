using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.ShareLinks;

/// <summary>
/// A share link as the web hands it back: decorated by ad platforms and mail tools, escaped twice, padded with junk.
/// Whatever was added, the answers that were readable are kept (Pair chooser, see <see cref="Choosers"/>).
/// </summary>
public sealed class ShareLinkTrackingTests
{
    private readonly ShareLinkCodec codec = new(Pair());

    [Fact]
    public void Tracking_parameters_of_any_length_are_dropped_without_a_notice_and_the_answers_are_kept()
    {
        var decoded = Read(("size", "small"), ("fbclid", "IwAR" + new string('x', 400)), ("utm_source", "newsletter"),
            ("UTM_Medium", "email"), ("gclid", new string('g', 300)), ("mc_eid", "abc"), ("admin", "no"), ("igshid", "z"));

        Assert.Equal(Answers("size=small", "admin=no"), decoded.Answers);
        Assert.True(decoded.IsClean);
        Assert.True(decoded.DroppedTracking);
    }

    [Fact]
    public void A_link_without_tracking_parameters_says_none_were_dropped()
    {
        Assert.False(Read(("size", "small")).DroppedTracking);
    }

    [Fact]
    public void A_question_whose_id_is_also_a_tracking_name_is_still_a_question()
    {
        var chooser = new ChooserModel([Quill, Lantern], [Ask("ref", ("yes", ["quill-small-app"]), ("no", []))], [Rule("quill-small-app", "quill", 2)]);

        var decoded = new ShareLinkCodec(chooser).Decode([KeyValuePair.Create("ref", (string?)"yes"), KeyValuePair.Create("si", (string?)"x")]);

        Assert.Equal(Answers("ref=yes"), decoded.Answers);
        Assert.True(decoded.DroppedTracking);
    }

    [Fact]
    public void Junk_longer_than_the_limits_is_set_aside_with_a_notice_instead_of_costing_the_answers()
    {
        var decoded = Read(("size", "small"), ("notes", new string('x', 2000)), ("admin", new string('y', 65)), (new string('k', 300), "no"));

        Assert.Equal(Answers("size=small"), decoded.Answers);
        Assert.False(decoded.TooLong);
        Assert.Equal(
            [
                new IgnoredPart("notes", new string('x', 40) + "…", IgnoredReasons.TooLongForAnAnswer),
                new IgnoredPart("admin", new string('y', 40) + "…", IgnoredReasons.TooLongForAnAnswer),
                new IgnoredPart(new string('k', 40) + "…", "no", IgnoredReasons.TooLongForAnAnswer),
            ],
            decoded.Ignored);
    }

    [Fact]
    public void Many_unknown_parts_keep_the_answers_and_are_listed_ten_at_most_with_a_count_of_the_rest()
    {
        var junk = Enumerable.Range(0, 200).Select(i => ($"junk{i}", (string?)"1"));
        var decoded = codec.Decode([.. junk.Append(("parts", "yes")).Select(p => KeyValuePair.Create(p.Item1, p.Item2))]);

        Assert.Equal(Answers("parts=yes"), decoded.Answers);
        Assert.Equal(11, decoded.Ignored.Count);
        Assert.Equal(new IgnoredPart("junk0", "1", IgnoredReasons.UnknownQuestion), decoded.Ignored[0]);
        Assert.Equal("190 more parts of the link were ignored too.", decoded.Ignored[^1].Reason);
    }

    [Fact]
    public void The_limits_still_apply_to_what_is_kept()
    {
        var decoded = Read([.. Enumerable.Repeat(("size", (string?)"small"), 65)]);

        Assert.True(decoded.TooLong);
        Assert.True(decoded.Answers.IsEmpty);
    }

    [Fact]
    public void A_link_escaped_twice_by_a_mail_client_still_gives_every_answer()
    {
        // "?size=small&amp;admin=no" arrives as the keys "size" and "amp;admin".
        var decoded = Read(("size", "small"), ("amp;admin", "no"), ("AMP;parts", "yes"));

        Assert.Equal(Answers("size=small", "admin=no", "parts=yes"), decoded.Answers);
        Assert.True(decoded.IsClean);
    }

    [Fact]
    public void Unknown_questions_and_answers_are_still_reported_as_before()
    {
        var decoded = Read(("colour", "blue"), ("size", "Huge"), ("admin", "no"));

        Assert.Equal(Answers("admin=no"), decoded.Answers);
        Assert.Equal(
            [new IgnoredPart("colour", "blue", IgnoredReasons.UnknownQuestion), new IgnoredPart("size", "Huge", IgnoredReasons.UnknownOption)],
            decoded.Ignored);
    }

    [Theory]
    [InlineData("utm_campaign")]
    [InlineData("fbclid")]
    [InlineData("gclid")]
    [InlineData("msclkid")]
    [InlineData("mc_cid")]
    [InlineData("ref")]
    [InlineData("si")]
    [InlineData("mtm_source")]
    public void Known_tracking_names_are_recognised(string key) => Assert.True(TrackingParameters.Matches(key));

    [Theory]
    [InlineData("utm_")]
    [InlineData("size")]
    [InlineData("reference")]
    [InlineData("")]
    public void Other_names_are_not_tracking(string key) => Assert.False(TrackingParameters.Matches(key));

    private DecodedAnswers Read(params (string Key, string? Value)[] pairs) =>
        codec.Decode(pairs.Select(pair => KeyValuePair.Create(pair.Key, pair.Value)));
}
