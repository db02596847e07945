using System.Collections.Immutable;

namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// A visitor's answers: question id → option id, holding only the questions they answered (a skipped question is
/// absent). Immutable and compared by value, so the same answers given in any order are Equal with the same hash
/// code; the change search and the share links rely on that. Ids must be slugs, so a set can always be put in a link.
/// Whether the ids belong to a chooser is checked against that chooser: see <see cref="For"/>.
/// An answered question can be marked as mattering a lot to the visitor (<see cref="IsImportant"/>), which doubles
/// the points of the rules it triggers; skipping a question drops its mark.
/// </summary>
public sealed class AnswerSet : IEquatable<AnswerSet>
{
    /// <summary>How much more an answer that matters a lot counts, as voting-advice tools do.</summary>
    public const int ImportanceMultiplier = 2;

    private readonly ImmutableSortedDictionary<string, string> answers;
    private readonly ImmutableSortedSet<string> important;

    private AnswerSet(ImmutableSortedDictionary<string, string> answers, ImmutableSortedSet<string> important)
    {
        this.answers = answers;
        this.important = important;
    }

    public static AnswerSet Empty { get; } = new(
        ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal), ImmutableSortedSet.Create<string>(StringComparer.Ordinal));

    /// <summary>The answered questions marked as mattering a lot, sorted by id.</summary>
    public IEnumerable<string> Important => important;

    public int Count => answers.Count;

    public bool IsEmpty => answers.IsEmpty;

    /// <summary>The answers sorted by question id (ordinal), which is also the order a share link lists them in.</summary>
    public IEnumerable<KeyValuePair<string, string>> Pairs => answers;

    /// <summary>Answers from (question id, option id) pairs; a question given twice must be given the same option.</summary>
    public static AnswerSet From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var set = Empty;
        foreach (var (questionId, optionId) in pairs)
        {
            if (set.OptionFor(questionId) is { } earlier && !string.Equals(earlier, optionId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Question '{questionId}' is answered twice, with '{earlier}' and '{optionId}'.", nameof(pairs));
            }

            set = set.With(questionId, optionId);
        }

        return set;
    }

    public static AnswerSet From(params (string QuestionId, string OptionId)[] pairs) =>
        From((pairs ?? throw new ArgumentNullException(nameof(pairs))).Select(pair => KeyValuePair.Create(pair.QuestionId, pair.OptionId)));

    /// <summary>Answers checked against <paramref name="chooser"/>: an unknown question or option throws.</summary>
    public static AnswerSet For(ChooserModel chooser, params (string QuestionId, string OptionId)[] pairs)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        var set = From(pairs);
        chooser.EnsureBelongs(set);
        return set;
    }

    /// <summary>These answers with <paramref name="questionId"/> answered by <paramref name="optionId"/>, replacing any earlier answer.</summary>
    public AnswerSet With(string questionId, string optionId)
    {
        RequireSlug(questionId, nameof(questionId));
        RequireSlug(optionId, nameof(optionId));
        return new AnswerSet(answers.SetItem(questionId, optionId), important);
    }

    /// <summary>
    /// These answers with <paramref name="questionId"/>, which must be answered, marked as mattering a lot or not.
    /// </summary>
    public AnswerSet WithImportance(string questionId, bool matters)
    {
        if (!IsAnswered(questionId))
        {
            throw new ArgumentException($"Question '{questionId}' is not answered, so it cannot matter more.", nameof(questionId));
        }

        return new AnswerSet(answers, matters ? important.Add(questionId) : important.Remove(questionId));
    }

    /// <summary>These answers with <paramref name="questionId"/> skipped (and no longer marked).</summary>
    public AnswerSet Without(string questionId) =>
        new(answers.Remove(questionId ?? throw new ArgumentNullException(nameof(questionId))), important.Remove(questionId));

    /// <summary>Whether the visitor marked this answered question as mattering a lot.</summary>
    public bool IsImportant(string questionId) => questionId is not null && important.Contains(questionId);

    public bool IsAnswered(string questionId) => questionId is not null && answers.ContainsKey(questionId);

    /// <summary>The chosen option id, or null when the question was skipped.</summary>
    public string? OptionFor(string questionId) =>
        questionId is not null && answers.TryGetValue(questionId, out var optionId) ? optionId : null;

    public bool Equals(AnswerSet? other) =>
        other is not null && (ReferenceEquals(this, other) || (answers.Count == other.answers.Count
            && answers.Keys.SequenceEqual(other.answers.Keys, StringComparer.Ordinal)
            && answers.Values.SequenceEqual(other.answers.Values, StringComparer.Ordinal)
            && important.SequenceEqual(other.important, StringComparer.Ordinal)));

    public override bool Equals(object? obj) => obj is AnswerSet other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (questionId, optionId) in answers)
        {
            hash.Add(questionId, StringComparer.Ordinal);
            hash.Add(optionId, StringComparer.Ordinal);
            hash.Add(important.Contains(questionId));
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(AnswerSet? left, AnswerSet? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(AnswerSet? left, AnswerSet? right) => !(left == right);

    /// <summary>"admin=no, size=small!" (! marks an answer that matters a lot), or "(nothing answered)": for assertion messages and logs.</summary>
    public override string ToString() =>
        IsEmpty ? "(nothing answered)" : string.Join(", ", answers.Select(pair => $"{pair.Key}={pair.Value}{(important.Contains(pair.Key) ? "!" : "")}"));

    private static void RequireSlug(string id, string parameterName)
    {
        if (!Slug.IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a valid id (lower-case letters and digits joined by single hyphens).", parameterName);
        }
    }
}
