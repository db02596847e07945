namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Who the words about a result speak for: the site addresses the visitor ("your answers"), while a decision record
/// is the team's own document ("our answers"). One result is worded in one voice throughout.
/// </summary>
public sealed record Voice(string Subject, string ObjectPronoun, string Possessive)
{
    /// <summary>The result page and its previews, addressed to the visitor.</summary>
    public static Voice Visitor { get; } = new("you", "you", "your");

    /// <summary>A decision record, written by the team that answered.</summary>
    public static Voice Team { get; } = new("we", "us", "our");

    /// <summary>The possessive at the start of a sentence: "Your", "Our".</summary>
    public string PossessiveCapitalised => string.Concat(Possessive[..1].ToUpperInvariant(), Possessive[1..]);
}
