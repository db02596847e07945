namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Finds the fewest answer changes that recommend a different framework. A change to one question is answering it if
/// skipped, picking another option, or skipping it if answered. It tries every set of 1 change, then of 2, and so on
/// up to the limit, and stops at the first size that has any; a set that would leave nothing answered does not count.
/// <para>
/// The search changes one question at a time and undoes it on the way back, keeping per-rule trigger counts and
/// per-framework scores up to date as it goes (a rule triggered by an answer that matters a lot counts double; the mark
/// stays with its question when the answer changes, and goes when the question is skipped), so judging a candidate costs a pass over the frameworks and allocates
/// nothing: a dozen questions of four options with three changes is about 15,000 candidates.
/// </para>
/// </summary>
internal sealed class ChangeFinder
{
    public const int MaxSuggestions = 5;

    /// <summary>Stands for "skip it" among a question's alternatives; sorts after every option.</summary>
    private const int Skip = -1;

    private readonly ChooserModel chooser;
    private readonly int[] chosen;
    private readonly bool[] important;
    private readonly int[] ruleCounts;
    private readonly int[] importantCounts;
    private readonly int[] scores;
    private readonly int currentWinner;
    private readonly int[] changedQuestions;
    private readonly int[] changedTo;
    private readonly List<Candidate> best = [];
    private int answeredCount;

    private ChangeFinder(ChooserModel chooser, int[] chosen, bool[] important, int currentWinner, int maxDepth)
    {
        this.chooser = chooser;
        this.chosen = (int[])chosen.Clone();
        this.important = important;
        this.currentWinner = currentWinner;
        ruleCounts = new int[chooser.Rules.Count];
        importantCounts = new int[chooser.Rules.Count];
        scores = new int[chooser.Frameworks.Count];
        changedQuestions = new int[maxDepth];
        changedTo = new int[maxDepth];
        for (var q = 0; q < this.chosen.Length; q++)
        {
            if (this.chosen[q] >= 0)
            {
                AddOption(q, this.chosen[q]);
            }
        }
    }

    /// <summary>Up to <see cref="MaxSuggestions"/> smallest change sets, best first; empty if none of up to <paramref name="maxChanges"/> changes flips it.</summary>
    public static IReadOnlyList<ChangeSuggestion> Find(ChooserModel chooser, int[] chosen, bool[] important, int currentWinner, int maxChanges)
    {
        var maxDepth = Math.Min(maxChanges, chosen.Length);
        var finder = new ChangeFinder(chooser, chosen, important, currentWinner, maxDepth);
        for (var size = 1; size <= maxDepth && finder.best.Count == 0; size++)
        {
            finder.Search(depth: 0, firstQuestion: 0, size);
        }

        return new ValueList<ChangeSuggestion>(finder.best.Select(finder.ToSuggestion));
    }

    private void Search(int depth, int firstQuestion, int size)
    {
        if (depth == size)
        {
            Judge(size);
            return;
        }

        // Leave enough later questions for the remaining changes; questions are visited in questionnaire order, and
        // each question's alternatives in option order with "skip" last, which is also the order suggestions are listed in.
        for (var q = firstQuestion; q <= chosen.Length - (size - depth); q++)
        {
            var original = chosen[q];
            var optionCount = chooser.Questions[q].Options.Count;
            for (var alternative = 0; alternative <= optionCount; alternative++)
            {
                var to = alternative == optionCount ? Skip : alternative;
                if (to == original)
                {
                    continue;
                }

                Move(q, original, to);
                changedQuestions[depth] = q;
                changedTo[depth] = to;
                Search(depth + 1, q + 1, size);
                Move(q, to, original);
            }
        }
    }

    private void Judge(int size)
    {
        if (answeredCount == 0)
        {
            return;
        }

        var standing = Standing.Of(scores, chooser.TieBreakFramework);
        if (standing.Winner == currentWinner)
        {
            return;
        }

        var skips = 0;
        for (var i = 0; i < size; i++)
        {
            skips += changedTo[i] == Skip ? 1 : 0;
        }

        var position = best.Count;
        while (position > 0 && Compare(standing.Lead, skips, size, best[position - 1]) < 0)
        {
            position--;
        }

        if (position >= MaxSuggestions)
        {
            return;
        }

        best.Insert(position, new Candidate(standing.Lead, skips, changedQuestions[..size], changedTo[..size], standing.Winner, standing.DecidedBy));
        if (best.Count > MaxSuggestions)
        {
            best.RemoveAt(MaxSuggestions);
        }
    }

    /// <summary>Bigger lead first, then fewer skips, then earlier questions, then earlier options (skip last).</summary>
    private int Compare(int lead, int skips, int size, Candidate other)
    {
        if (lead != other.Lead)
        {
            return other.Lead.CompareTo(lead);
        }

        if (skips != other.Skips)
        {
            return skips.CompareTo(other.Skips);
        }

        for (var i = 0; i < size; i++)
        {
            if (changedQuestions[i] != other.Questions[i])
            {
                return changedQuestions[i].CompareTo(other.Questions[i]);
            }

            if (changedTo[i] != other.To[i])
            {
                return SortKey(changedTo[i]).CompareTo(SortKey(other.To[i]));
            }
        }

        return 0;
    }

    private static int SortKey(int to) => to == Skip ? int.MaxValue : to;

    private void Move(int q, int from, int to)
    {
        if (from >= 0)
        {
            foreach (var r in chooser.OptionRules[q][from])
            {
                Count(r, q, -1);
            }

            answeredCount--;
        }

        if (to >= 0)
        {
            AddOption(q, to);
        }

        chosen[q] = to;
    }

    private void AddOption(int q, int option)
    {
        foreach (var r in chooser.OptionRules[q][option])
        {
            Count(r, q, +1);
        }

        answeredCount++;
    }

    /// <summary>Adds or removes one trigger of rule <paramref name="r"/> by question <paramref name="q"/>, moving the score by the change in what the rule is worth.</summary>
    private void Count(int r, int q, int step)
    {
        var before = Worth(r);
        ruleCounts[r] += step;
        importantCounts[r] += important[q] ? step : 0;
        scores[chooser.RuleFrameworks[r]] += Worth(r) - before;
    }

    private int Worth(int r) =>
        ruleCounts[r] == 0 ? 0 : chooser.RulePoints[r] * (importantCounts[r] > 0 ? AnswerSet.ImportanceMultiplier : 1);

    private ChangeSuggestion ToSuggestion(Candidate candidate)
    {
        var changes = new List<AnswerChange>(candidate.Questions.Length);
        var answers = AnswerSetOf(chosen);
        for (var i = 0; i < candidate.Questions.Length; i++)
        {
            var question = chooser.Questions[candidate.Questions[i]];
            var from = chosen[candidate.Questions[i]];
            var to = candidate.To[i];
            changes.Add(new AnswerChange(question, from == Skip ? null : question.Options[from], to == Skip ? null : question.Options[to]));
            answers = to == Skip ? answers.Without(question.Id) : answers.With(question.Id, question.Options[to].Id);
        }

        return new ChangeSuggestion(new ValueList<AnswerChange>(changes), chooser.Frameworks[candidate.Winner], candidate.DecidedBy, candidate.Lead, answers);
    }

    private AnswerSet AnswerSetOf(int[] positions)
    {
        var answers = AnswerSet.Empty;
        for (var q = 0; q < positions.Length; q++)
        {
            if (positions[q] >= 0)
            {
                answers = answers.With(chooser.Questions[q].Id, chooser.Questions[q].Options[positions[q]].Id)
                    .WithImportance(chooser.Questions[q].Id, important[q]);
            }
        }

        return answers;
    }

    private sealed record Candidate(int Lead, int Skips, int[] Questions, int[] To, int Winner, DecidedBy DecidedBy);
}
