using System.Globalization;
using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// A result as an architecture decision record laid out as MADR 4.0 writes one (front matter, context and problem
/// statement, decision drivers, considered options, decision outcome with its consequences and confirmation, pros and
/// cons of the options, more information), which teams keep beside their code. It is the team's own document, so it
/// speaks as "we" throughout. Every link is a Markdown link with an absolute address, so the file still leads back to
/// its reasons once it is saved elsewhere. It is a pure function of the answers, the content and the origin: the
/// date and the people are left for the team to fill in, so the same link gives the same file.
/// </summary>
public static class DecisionRecord
{
    public const string MediaType = "text/markdown";

    /// <summary>MADR's file name, "NNNN-title-with-dashes.md": the first record of a team that has none yet.</summary>
    public static string FileName(LoadedChooser chooser, Recommendation result)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentNullException.ThrowIfNull(result);
        return $"0001-choose-{result.Recommended.Slug}-for-{chooser.Slug}.md";
    }

    /// <summary>The record for a result; <paramref name="origin"/> is the site's public origin, such as https://example.org, for absolute links.</summary>
    public static string Write(LoadedChooser chooser, Recommendation result, AnswerSet answers, string origin, string siteName)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(answers);
        var wording = new ResultWording(result, Voice.Team);
        var comparison = chooser.Context.Comparison;
        var chosen = result.Recommended;
        string Link(string path) => origin + path;
        var reasons = result.Contributions.Where(c => c.Rule is not null && c.Favours is not null && !c.CountedElsewhere).ToList();

        var md = new MadrWriter();
        void Line(string text = "") => md.Line(text);

        md.FrontMatter("# everyone who makes the decision");
        Line();
        Line($"# {wording.Headline} ({comparison.Title})");
        Line();
        Line("## Context and Problem Statement");
        Line();
        Line($"We are choosing a web framework: {Listed.Or(chooser.Context.Frameworks.Select(f => f.Title))}. " +
             $"We answered {result.AnsweredCount} of the {Counted.Of(result.QuestionCount, "question")} " +
             $"of {siteName}’s “{chooser.Questionnaire.Title}” for [{comparison.Title}]({Link(Content.SitePaths.Comparison(chooser.Slug))}), " +
             "which scores the answers against the recommendation rules of the article behind that comparison. " +
             "It scores the article’s advice, not anyone else’s.");
        Line();
        Line("## Decision Drivers");
        Line();
        foreach (var driver in Drivers(chooser, answers))
        {
            Line($"* {driver}");
        }

        Line();
        md.ConsideredOptions(chooser.Context.Frameworks);
        Line();
        md.OutcomeHead(chosen, Because(result, wording), wording, chooser.Engine.Policy);
        if (wording.TieBreakExplanation is { } tieBreak && result.TieBreakRule is { } tieBreakRule)
        {
            Line();
            Line($"{tieBreak} The rule: [{tieBreakRule.Id}]({Link(RulePath(chooser, tieBreakRule))}).");
        }

        Line();
        Line("### Consequences");
        Line();
        foreach (var consequence in Consequences(result, reasons))
        {
            Line($"* {consequence}");
        }

        Line();
        Line("### Confirmation");
        Line();
        Line($"We will know the choice holds while its decision drivers hold. Before we build on {chosen.Title}, we check each driver above " +
             $"against the project, and again whenever our needs or [the article’s rules]({Link(Content.SitePaths.Recommendations(chooser.Slug))}) change: " +
             $"[the questionnaire with our answers]({Link(chooser.QuestionnairePath(answers))}) shows whether a changed answer changes the recommendation.");
        Line();
        Line("## Pros and Cons of the Options");
        foreach (var framework in chooser.Context.Frameworks)
        {
            Line();
            Line($"### {framework.Title}");
            Line();
            var good = reasons.Where(c => c.Favours == framework).ToList();
            foreach (var reason in good)
            {
                var rule = reason.Rule!;
                Line($"* Good, because we answered “{reason.Option.Label}” to “{reason.Question.Text}”: {ResultWording.Points(reason.Points)} " +
                     $"from the rule “{rule.WhenText}” ([{rule.Id}]({Link(RulePath(chooser, rule))}); [where the site states it]({Link(rule.Cites)})).");
                if (rule.EditorNoteMarkdown is { } note)
                {
                    Line($"  * Editor’s note, the site’s doubt about this rule: {AbsoluteLinks(note, origin)}");
                }
            }

            if (good.Count == 0)
            {
                Line($"* Neutral, because none of our answers matched a rule that favours {framework.Title}.");
            }

            foreach (var reason in reasons.Where(c => c.Favours != framework))
            {
                var rule = reason.Rule!;
                Line($"* Bad, because we answered “{reason.Option.Label}” to “{reason.Question.Text}”, and the rule “{rule.WhenText}” " +
                     $"gives {ResultWording.Points(reason.Points)} to {reason.Favours!.Title} instead ([{rule.Id}]({Link(RulePath(chooser, rule))})).");
            }
        }

        Line();
        Line("## More Information");
        Line();
        Line($"* Scores: {wording.Scores}.");
        if (result.WhatWouldChange.Count == 0)
        {
            Line($"* What would change it: no change of up to {Counted.Of(result.MaxChanges, "answer")} would recommend a different framework.");
        }
        else
        {
            Line("* What would change it, with the fewest answer changes:");
            foreach (var suggestion in result.WhatWouldChange)
            {
                var changes = string.Join(" ", suggestion.Changes.Select(Describe));
                var tieBreakNote = suggestion.DecidedBy == DecidedBy.TieBreak ? ", by the tie-break" : "";
                Line($"  * {changes} Then {suggestion.NewRecommended.Title} would be recommended{tieBreakNote} " +
                     $"([that result]({Link(chooser.ResultPath(suggestion.Answers))})).");
            }
        }

        Line($"* [This result online, with every reason]({Link(chooser.ResultPath(answers))}).");
        Line($"* [The article’s rules, with the site’s notes where it contradicts itself]({Link(Content.SitePaths.Recommendations(chooser.Slug))}), " +
             $"as revised on {comparison.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        return md.ToString();
    }

    /// <summary>
    /// Our answers as the forces behind the choice: those that matter a lot first, then the others, in questionnaire
    /// order, then the questions we left open, which weigh nothing.
    /// </summary>
    private static IEnumerable<string> Drivers(LoadedChooser chooser, AnswerSet answers)
    {
        var answered = chooser.Model.Questions
            .Select(question => (Question: question, Option: answers.OptionFor(question.Id) is { } id ? question.FindOption(id) : null))
            .ToList();
        foreach (var (question, option) in answered.Where(a => a.Option is not null).OrderBy(a => answers.IsImportant(a.Question.Id) ? 0 : 1))
        {
            yield return answers.IsImportant(question.Id)
                ? $"“{question.Text}” We answered “{option!.Label}”, and it matters a lot to us: its rules count double."
                : $"“{question.Text}” We answered “{option!.Label}”.";
        }

        foreach (var (question, _) in answered.Where(a => a.Option is null))
        {
            yield return $"“{question.Text}” We left it unanswered, so it counts for nothing.";
        }
    }

    /// <summary>What choosing it brings: what the rules favour in it, what they favour elsewhere, and how easily it would change.</summary>
    private static IEnumerable<string> Consequences(Recommendation result, IReadOnlyList<Contribution> reasons)
    {
        var chosen = result.Recommended;
        var forChosen = reasons.Where(c => c.Favours == chosen).Select(c => $"“{c.Rule!.WhenText}”").Distinct().ToList();
        yield return forChosen.Count > 0
            ? $"Good, because {chosen.Title} suits what the article’s rules say of our answers: {string.Join(" ", forChosen)}"
            : $"Neutral, because none of our answers matched a rule that favours {chosen.Title}: {WhyWithoutPoints(result)}";

        foreach (var other in result.Scores.Select(s => s.Framework).Where(f => f != chosen))
        {
            var forOther = reasons.Where(c => c.Favours == other).Select(c => $"“{c.Rule!.WhenText}”").Distinct().ToList();
            if (forOther.Count > 0)
            {
                yield return $"Bad, because we give up what the article’s rules favour {other.Title} for: {string.Join(" ", forOther)}";
            }
        }

        if (result.WhatWouldChange is [var fewest, ..])
        {
            yield return $"Bad, because changing {Counted.Of(fewest.Changes.Count, "answer")} would recommend {fewest.NewRecommended.Title} instead " +
                         "(see More Information).";
        }
        else
        {
            yield return $"Good, because no change of up to {Counted.Of(result.MaxChanges, "answer")} would recommend a different framework.";
        }
    }

    /// <summary>Why the chosen option won when no answer favoured it: the tie-break, or its place in the article's order.</summary>
    private static string WhyWithoutPoints(Recommendation result) => result.DecidedBy == DecidedBy.TieBreak
        ? "the article’s tie-break, its rule for close calls, chose it."
        : "it comes first among the frameworks level at the top.";

    /// <summary>Why the chosen option was chosen, after "Chosen option: …,": for one person's record and a team's.</summary>
    internal static string Because(Recommendation result, ResultWording wording) => result switch
    {
        { DecidedBy: DecidedBy.TieBreak } =>
            $"though only because the scores are level ({wording.Scores}) and the article’s tie-break, its rule for close calls, points to it: a toss-up settled by a tie-break.",
        { Confidence: Confidence.TossUp, Lead: 0 } =>
            $"though only because it comes first among the frameworks level at the top ({wording.Scores}): a toss-up.",
        { Confidence: Confidence.TossUp } => $"though only just ({wording.Scores}): a toss-up.",
        _ => $"because our answers gave it the most points ({wording.Scores}).",
    };

    private static string Describe(AnswerChange change) => change.Kind switch
    {
        AnswerChangeKind.Answer => $"Answer “{change.Question.Text}” with “{change.To!.Label}”.",
        AnswerChangeKind.Skip => $"Skip “{change.Question.Text}” instead of answering “{change.From!.Label}”.",
        _ => $"Change “{change.Question.Text}” from “{change.From!.Label}” to “{change.To!.Label}”.",
    };

    private static string RulePath(LoadedChooser chooser, Rule rule) => $"{Content.SitePaths.Recommendations(chooser.Slug)}#{rule.Id}";

    /// <summary>Content links are site paths; in a file saved elsewhere they must name the site.</summary>
    private static string AbsoluteLinks(string markdown, string origin) =>
        markdown.Replace("](/", $"]({origin}/", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
