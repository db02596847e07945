namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Where "toss-up", "leaning" and "clear fit" begin, in one place so the page can tell visitors what the words mean.
/// The margin is the lead over the runner-up as a share of all points given. A clear fit also needs a lead of a few
/// points, because one answer alone gives a 100% margin and should not be called clear.
/// </summary>
public sealed record ConfidencePolicy(double TossUpBelowMargin, double ClearFitFromMargin, int ClearFitMinimumLead)
{
    public static ConfidencePolicy Default { get; } = new(TossUpBelowMargin: 0.2, ClearFitFromMargin: 0.5, ClearFitMinimumLead: 3);

    /// <summary>Classifies a result from the top score, the runner-up's score and the total of all scores.</summary>
    public Confidence Classify(int top, int runnerUp, int total)
    {
        var lead = top - runnerUp;
        var margin = MarginOf(lead, total);
        if (lead <= 0 || margin < TossUpBelowMargin)
        {
            return Confidence.TossUp;
        }

        return margin >= ClearFitFromMargin && lead >= ClearFitMinimumLead ? Confidence.ClearFit : Confidence.Leaning;
    }

    /// <summary>The lead as a share of all points; 0 when no points were given, never NaN.</summary>
    public static double MarginOf(int lead, int total) => total == 0 ? 0 : (double)lead / total;

    /// <summary>The policy in a sentence, for the page that explains the result.</summary>
    public string Describe() =>
        $"A toss-up when the top two are level or the lead is under {Percent(TossUpBelowMargin)} of all points; "
        + $"a clear fit when the lead is at least {Percent(ClearFitFromMargin)} of all points and at least {Counted.Of(ClearFitMinimumLead, "point")}; "
        + "otherwise a leaning.";

    private static string Percent(double share) => $"{Math.Round(share * 100)}%";
}
