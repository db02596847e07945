using System.Text;
using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// The parts of a MADR 4.0 record that one person's record (<see cref="DecisionRecord"/>) and a team's share, written
/// once: the front matter, the considered options and the head of the decision outcome. Lines end in "\n" on every
/// platform, so the same link gives the same bytes.
/// </summary>
internal sealed class MadrWriter
{
    private readonly StringBuilder _text = new();

    public void Line(string text = "") => _text.Append(text).Append('\n');

    /// <summary>MADR's optional metadata: the status is ours to give; the date and the other people only the team knows.</summary>
    public void FrontMatter(string decisionMakers)
    {
        Line("---");
        Line("status: proposed");
        Line("date: # the day the team decides, as YYYY-MM-DD");
        Line($"decision-makers: {decisionMakers}");
        Line("consulted: # everyone whose opinion is sought, in a two-way conversation");
        Line("informed: # everyone who is kept up to date, one way");
        Line("---");
    }

    public void ConsideredOptions(IEnumerable<Framework> frameworks)
    {
        Line("## Considered Options");
        Line();
        foreach (var framework in frameworks)
        {
            Line($"* {framework.Title}");
        }
    }

    /// <summary>The chosen option with why, and how sure the result is; what follows (tie-break, consequences) differs.</summary>
    public void OutcomeHead(Framework chosen, string because, ResultWording wording, ConfidencePolicy policy)
    {
        Line("## Decision Outcome");
        Line();
        Line($"Chosen option: \"{chosen.Title}\", {because}");
        Line();
        Line($"Confidence: **{wording.ConfidenceLabel}.** {wording.ConfidenceExplanation} How the site judges this: {policy.Describe()}");
    }

    public override string ToString() => _text.ToString();
}
