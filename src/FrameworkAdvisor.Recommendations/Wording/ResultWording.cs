namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// The one place a recommendation is put into words. The result page's headline and title, the link preview's title,
/// the picture card and its alt text, and the decision record all read from here, so none of them can claim more
/// than the scores show: a toss-up is called a toss-up, a tie-break a tie-break, and one answer worth one point a
/// slight lean.
/// </summary>
public sealed class ResultWording
{
    public ResultWording(Recommendation result, Voice? voice = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
        Voice = voice ?? Voice.Visitor;
    }

    public Recommendation Result { get; }

    /// <summary>Whose answers the sentences speak of: the visitor's unless a decision record asks for the team's.</summary>
    public Voice Voice { get; }

    private string Recommended => Result.Recommended.Title;

    /// <summary>True when the answers gave a single point in all: enough to lean, never to call a fit.</summary>
    public bool RestsOnOnePoint => Result.TotalPoints == 1;

    /// <summary>
    /// The verdict in a few words, as the page's heading and the card's title. Only a result that is not a toss-up
    /// says a framework "fits best".
    /// </summary>
    public string Headline => Result switch
    {
        { DecidedBy: DecidedBy.TieBreak } => $"A toss-up: the article’s tie-break points to {Recommended}",
        { Confidence: Confidence.TossUp, Lead: 0 } => $"A toss-up between {Listed.And(LevelAtTheTop.Select(f => f.Title))}",
        { Confidence: Confidence.TossUp } => $"A toss-up, with {Recommended} slightly ahead",
        _ when RestsOnOnePoint => $"A slight lean towards {Recommended}",
        _ => $"{Recommended} fits best",
    };

    /// <summary>
    /// The result page's heading: the headline, except that a toss-up the tie-break settles leads with the toss-up
    /// alone, and names the tie-break's pick on the line below (<see cref="TieBreakPick"/>).
    /// </summary>
    public string Verdict => Result.DecidedBy == DecidedBy.TieBreak ? "It’s a toss-up" : Headline;

    /// <summary>The framework the tie-break picks when the page's heading is only "It’s a toss-up"; otherwise null.</summary>
    public Framework? TieBreakPick => Result.DecidedBy == DecidedBy.TieBreak ? Result.Recommended : null;

    /// <summary>The confidence level's label: "Clear fit", "Leaning" or "Toss-up".</summary>
    public string ConfidenceLabel => Result.Confidence.Label();

    /// <summary>What the confidence level means for these answers, in a sentence.</summary>
    public string ConfidenceExplanation => Result.Confidence switch
    {
        Confidence.ClearFit => $"{Voice.PossessiveCapitalised} answers point clearly one way.",
        Confidence.Leaning when RestsOnOnePoint =>
            "One answer worth a single point is all that separates the frameworks: a slight lean, not a strong preference.",
        Confidence.Leaning => $"{Voice.PossessiveCapitalised} answers lean one way, but not by much.",
        _ when Result.TotalPoints == 0 => $"None of {Voice.Possessive} answers matched one of the article’s rules, so nothing separates the frameworks.",
        _ => $"{Voice.PossessiveCapitalised} answers give the frameworks about the same support.",
    };

    /// <summary>
    /// Why the tie-break decided, or null when the scores did. It is the article's rule for close calls; the visitor
    /// is said to be unable to decide only when one of their answers said so (triggered the rule).
    /// </summary>
    public string? TieBreakExplanation => Result is { DecidedBy: DecidedBy.TieBreak, TieBreakRule: { } rule }
        ? Result.Contributions.Any(c => c.Rule == rule)
            ? $"The scores are level, and {Voice.Subject} said {Voice.Subject} still find it hard to choose: the article’s rule for close calls, its tie-break, points to {Recommended}."
            : $"The scores are level, so the article’s rule for close calls, its tie-break, decides: it points to {Recommended}. " +
              $"None of {Voice.Possessive} answers settled it; if {Voice.Subject} already lean one way, the rules give {Voice.ObjectPronoun} no reason not to follow that leaning."
        : null;

    /// <summary>"Quill 4 points, Lantern 0 points", in framework order.</summary>
    public string Scores => string.Join(", ", Result.Scores.Select(s => $"{s.Framework.Title} {Points(s.Points)}"));

    /// <summary>"3 of 9 questions answered".</summary>
    public string Answered => $"{Result.AnsweredCount} of {Counted.Of(Result.QuestionCount, "question")} answered";

    /// <summary>The card in words, for og:image:alt and screen readers: the verdict, how sure it is and the scores.</summary>
    public string ImageDescription => $"{Headline}. {ConfidenceLabel}: {Scores}; {Answered}.";

    public static string Points(int points) => Counted.Of(points, "point");

    /// <summary>The frameworks level on the most points, in framework order.</summary>
    private IEnumerable<Framework> LevelAtTheTop
    {
        get
        {
            var top = Result.Scores.Max(s => s.Points);
            return Result.Scores.Where(s => s.Points == top).Select(s => s.Framework);
        }
    }
}
