namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// What a share link said: the answers we could use, the parts we ignored and why, and whether the link was too long
/// to be one of ours (then nothing is decoded). The page shows the ignored parts so a visitor knows the result is
/// not exactly what the link's author saw.
/// </summary>
public sealed record DecodedAnswers(AnswerSet Answers, IReadOnlyList<IgnoredPart> Ignored, bool TooLong)
{
    /// <summary>True when every part of the link was used (tracking parameters aside: they are never part of one).</summary>
    public bool IsClean => !TooLong && Ignored.Count == 0;

    /// <summary>True when the link carried <see cref="TrackingParameters"/>, which were dropped before reading it.</summary>
    public bool DroppedTracking { get; init; }
}

/// <summary>
/// A part of a link we ignored. <see cref="Key"/> and <see cref="Value"/> are the visitor's input cut to at most
/// <see cref="ShareLinkCodec.ShownLength"/> characters plus "…", with control characters replaced, ready for the page
/// to HTML-escape. <see cref="Reason"/> is a plain sentence.
/// </summary>
public sealed record IgnoredPart(string Key, string Value, string Reason);

/// <summary>The sentences <see cref="IgnoredPart.Reason"/> uses, so the page and the tests can name them.</summary>
public static class IgnoredReasons
{
    public const string UnknownQuestion = "There is no question with this id.";
    public const string UnknownOption = "This question has no such answer.";
    public const string AnsweredTwice = "This question was answered twice with different answers.";
    public const string TooLongForAnAnswer = "This is longer than any question or answer id.";
    public const string MoreIgnored = "were ignored too.";
}
