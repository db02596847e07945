using System.Globalization;
using System.Text;
using System.Text.Json;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Features.Chooser;

namespace FrameworkAdvisor.Web.Features.Team;

/// <summary>
/// A team's result as a MADR 4.0 decision record, laid out as <see cref="DecisionRecord"/> lays out one person's:
/// the members are its decision makers, each member's answers are drivers, and the disagreements are recorded with
/// what each agreed answer would do to the choice. Names are the visitors' words: in the front matter they are JSON
/// strings (which YAML reads as its own double-quoted strings) and in the text every ASCII punctuation mark in them is
/// backslash-escaped, so no name can become Markdown.
/// </summary>
public static class TeamDecisionRecord
{
    public static string FileName(LoadedChooser chooser, TeamResult result)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentNullException.ThrowIfNull(result);
        return $"0001-choose-{result.Team.Recommended.Slug}-for-{chooser.Slug}-as-a-team.md";
    }

    public static string Write(LoadedChooser chooser, TeamResolution.Resolved team, string origin, string siteName)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentNullException.ThrowIfNull(team);
        var result = team.Result;
        var wording = new ResultWording(result.Team, Voice.Team);
        var comparison = chooser.Context.Comparison;
        var chosen = result.Team.Recommended;
        var names = result.Members.Select(m => Escaped(m.ShownName)).ToList();
        string Link(string path) => origin + path;
        string Name(int member) => names[member];

        var md = new MadrWriter();
        void Line(string text = "") => md.Line(text);

        md.FrontMatter($"[{string.Join(", ", result.Members.Select(m => JsonSerializer.Serialize(m.ShownName)))}]");
        Line();
        Line($"# {wording.Headline} ({comparison.Title}, as a team)");
        Line();
        Line("## Context and Problem Statement");
        Line();
        Line($"We are choosing a web framework: {Listed.Or(chooser.Context.Frameworks.Select(f => f.Title))}. " +
             $"{Counted.Of(names.Count, "of us", "of us")} ({Listed.And(names)}) each answered {siteName}’s “{chooser.Questionnaire.Title}” " +
             $"for [{comparison.Title}]({Link(SitePaths.Comparison(chooser.Slug))}), which scores answers against the recommendation rules of the " +
             $"article behind that comparison. {TeamWords.HowTheTeamScoreWorks(chooser.Engine.Policy.ClearFitMinimumLead)}");
        Line();
        Line("## Decision Drivers");
        Line();
        foreach (var member in result.Members)
        {
            Line($"* {Name(member.Index)}’s answers, which on their own recommend {member.Result.Recommended.Title}:");
            foreach (var spread in result.Questions)
            {
                var answer = spread.Answers[member.Index];
                if (answer.Option is { } option)
                {
                    Line($"  * “{spread.Question.Text}” “{option.Label}”{(answer.Important ? ", and it matters a lot: its rules count double" : "")}.");
                }
            }
        }

        Line();
        md.ConsideredOptions(chooser.Context.Frameworks);
        Line();
        md.OutcomeHead(chosen, DecisionRecord.Because(result.Team, wording), wording, chooser.Engine.Policy);
        if (wording.TieBreakExplanation is { } tieBreak)
        {
            Line();
            Line(tieBreak);
        }

        Line();
        Line("### Consequences");
        Line();
        var agree = result.Members.Where(m => m.Result.Recommended == chosen).Select(m => Name(m.Index)).ToList();
        var differ = result.Members.Where(m => m.Result.Recommended != chosen).ToList();
        if (agree.Count > 0)
        {
            Line($"* Good, because {Listed.And(agree)} {(agree.Count == 1 ? "gets" : "get")} {chosen.Title} from {(agree.Count == 1 ? "their" : "our")} own answers too.");
        }

        foreach (var member in differ)
        {
            Line($"* Bad, because {Name(member.Index)}’s own answers recommend {member.Result.Recommended.Title} instead.");
        }

        Line(result.Settle.Count == 0
            ? "* Good, because no disputed question decides the outcome: whichever answer we agreed on, the choice would stand."
            : $"* Bad, because agreeing on “{result.Settle[0].Question.Text}” could change the choice (see More Information).");
        Line();
        Line("### Confirmation");
        Line();
        Line($"We will know the choice holds while our drivers hold. Before we build on {chosen.Title}, each of us checks their answers against the project; " +
             $"[the team page]({Link(TeamLinks.TeamPath(chooser, team.Members))}) shows whether a changed answer changes the recommendation.");
        Line();
        Line("## Pros and Cons of the Options");
        foreach (var score in result.Team.Scores)
        {
            Line();
            Line($"### {score.Framework.Title}");
            Line();
            var backers = result.Members
                .Select(m => (m.Index, Points: m.Result.Scores.Single(s => s.Framework == score.Framework).Points))
                .Where(m => m.Points > 0)
                .ToList();
            Line(backers.Count == 0
                ? $"* Neutral, because none of our answers matched a rule that favours {score.Framework.Title}."
                : $"* Good, because our answers give it {ResultWording.Points(score.Points)}: " +
                  $"{string.Join(", ", backers.Select(b => $"{Name(b.Index)} {ResultWording.Points(b.Points)}"))}.");
            var others = result.Team.Scores.Where(s => s.Framework != score.Framework && s.Points > 0).ToList();
            if (others.Count > 0)
            {
                Line($"* Bad, because our answers give points to {Listed.And(others.Select(o => $"{o.Framework.Title} ({ResultWording.Points(o.Points)})"))} instead.");
            }
        }

        Line();
        Line("## More Information");
        Line();
        Line($"* Scores, added up over the team: {wording.Scores}.");
        var disputed = result.Questions.Where(q => !q.Agreed).ToList();
        if (disputed.Count == 0)
        {
            Line("* We agree on every question one of us answered.");
        }
        else
        {
            Line("* Where we disagree:");
            foreach (var spread in disputed)
            {
                var who = spread.Answers.Where(a => a.Option is not null).Select(a => $"{Name(a.Member)} “{a.Option!.Label}”");
                Line($"  * “{spread.Question.Text}” {string.Join("; ", who)}.");
            }
        }

        if (result.Settle.Count > 0)
        {
            Line("* What would settle it, the fewest changed answers first:");
            foreach (var suggestion in result.Settle)
            {
                foreach (var outcome in suggestion.Outcomes)
                {
                    var tieBreakNote = outcome.DecidedBy == DecidedBy.TieBreak ? ", by the tie-break" : "";
                    Line($"  * If we all answered “{outcome.Option.Label}” to “{suggestion.Question.Text}”: {outcome.Recommended.Title}{tieBreakNote} " +
                         $"({Counted.Of(outcome.Changes, "of us", "of us")} would change; {(outcome.ChangesOutcome ? "a different choice" : "the same choice")}).");
                }
            }
        }

        foreach (var member in result.Members)
        {
            Line($"* [{Name(member.Index)}’s own result, with every reason]({Link(chooser.ResultPath(member.Member.Answers))}).");
        }

        Line($"* [The article’s rules, with the site’s notes where it contradicts itself]({Link(SitePaths.Recommendations(chooser.Slug))}), " +
             $"as revised on {comparison.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        return md.ToString();
    }

    /// <summary>A visitor's name as Markdown text: every ASCII punctuation mark backslash-escaped, as CommonMark allows.</summary>
    internal static string Escaped(string name)
    {
        var escaped = new StringBuilder(name.Length * 2);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || !char.IsAscii(c) || c == ' ')
            {
                escaped.Append(c);
            }
            else
            {
                escaped.Append('\\').Append(c);
            }
        }

        return escaped.ToString();
    }
}
