using System.Text;
using FrameworkAdvisor.Recommendations;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// A result as an architecture decision record in the MADR layout (front matter, context and problem statement,
/// considered options, decision outcome, pros and cons of the options, more information), which teams keep beside
/// their code. Every link is absolute, so the file still leads back to its reasons once it is saved elsewhere. It
/// is a pure function of the answers, the content and the origin: no date, so the same link gives the same file.
/// </summary>
public static class DecisionRecord
{
    public const string MediaType = "text/markdown";

    /// <summary>The record for a result; <paramref name="origin"/> is the site's public origin, such as https://example.org, for absolute links.</summary>
    public static string Write(LoadedChooser chooser, Recommendation result, AnswerSet answers, string origin, string siteName)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentNullException.ThrowIfNull(result);
        var wording = new ResultWording(result);
        var comparison = chooser.Context.Comparison.Title;
        var frameworks = Listed.Or(chooser.Context.Frameworks.Select(f => f.Title));
        string Link(string path) => origin + path;

        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line("---");
        Line("status: proposed");
        Line("---");
        Line();
        Line($"# {wording.Headline} ({comparison})");
        Line();
        Line("## Context and Problem Statement");
        Line();
        Line($"We are choosing a web framework: {frameworks}. We answered {result.AnsweredCount} of the {Counted.Of(result.QuestionCount, "question")} " +
             $"of {siteName}’s “{chooser.Questionnaire.Title}” for [{comparison}]({Link(Content.SitePaths.Comparison(chooser.Slug))}), " +
             "which scores the answers against the recommendation rules of the article behind that comparison. " +
             "It scores the article’s advice, not anyone else’s.");
        Line();
        Line("| Question | Our answer |");
        Line("| --- | --- |");
        foreach (var question in chooser.Model.Questions)
        {
            var option = answers.OptionFor(question.Id) is { } id ? question.FindOption(id) : null;
            var matters = answers.IsImportant(question.Id) ? " (this matters a lot to us: its rules count double)" : "";
            Line($"| {Cell(question.Text)} | {(option is null ? "*skipped, so it counts for nothing*" : Cell(option.Label) + matters)} |");
        }

        Line();
        Line("## Considered Options");
        Line();
        foreach (var framework in chooser.Context.Frameworks)
        {
            Line($"* {framework.Title}");
        }

        Line();
        Line("## Decision Outcome");
        Line();
        Line($"Chosen option: “{result.Recommended.Title}”, {Because(result, wording)}");
        Line();
        Line($"Confidence: **{wording.ConfidenceLabel}.** {wording.ConfidenceExplanation} " +
             $"How the site judges this: {chooser.Engine.Policy.Describe()}");
        if (wording.TieBreakExplanation is { } tieBreak && result.TieBreakRule is { } rule)
        {
            Line();
            Line($"{tieBreak} The rule: [{rule.Id}]({Link(RulePath(chooser, rule))}).");
        }

        Line();
        Line("## Pros and Cons of the Options");
        foreach (var framework in chooser.Context.Frameworks)
        {
            Line();
            Line($"### {framework.Title}");
            Line();
            var reasons = result.Contributions.Where(c => c.Favours == framework && c.Rule is not null && !c.CountedElsewhere).ToList();
            if (reasons.Count == 0)
            {
                Line($"* Neutral, because none of our answers matched a rule that favours {framework.Title}.");
            }

            foreach (var reason in reasons)
            {
                var why = reason.Rule!;
                Line($"* Good, because we answered “{reason.Option.Label}” to “{reason.Question.Text}”: {ResultWording.Points(reason.Points)} " +
                     $"from the rule “{why.WhenText}” ([{why.Id}]({Link(RulePath(chooser, why))}); [where the site states it]({Link(why.Cites)})).");
                if (why.EditorNoteMarkdown is { } note)
                {
                    Line($"  * Editor’s note, the site’s doubt about this rule: {AbsoluteLinks(note, origin)}");
                }
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

        Line($"* This result online, with every reason: {Link(chooser.ResultPath(answers))}");
        Line($"* The article’s rules, with the site’s notes where it contradicts itself: {Link(Content.SitePaths.Recommendations(chooser.Slug))}");
        return md.ToString();
    }

    private static string Because(Recommendation result, ResultWording wording) => result switch
    {
        { DecidedBy: DecidedBy.TieBreak } =>
            $"because the scores are level ({wording.Scores}) and the article’s tie-break, its rule for close calls, points to it.",
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

    /// <summary>A table cell: a pipe would end the cell, and a line break the row.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
