namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// The one mapping from a confidence level to its words: the label people read, and the name the JSON API and the
/// page's style hooks use. Adding a level means adding it here and nowhere else.
/// </summary>
public static class ConfidenceNames
{
    /// <summary>"Clear fit", "Leaning" or "Toss-up".</summary>
    public static string Label(this Confidence confidence) => confidence switch
    {
        Confidence.ClearFit => "Clear fit",
        Confidence.Leaning => "Leaning",
        _ => "Toss-up",
    };

    /// <summary>"clear-fit", "leaning" or "toss-up": stable, for the API and CSS classes.</summary>
    public static string Name(this Confidence confidence) => confidence switch
    {
        Confidence.ClearFit => "clear-fit",
        Confidence.Leaning => "leaning",
        _ => "toss-up",
    };
}
