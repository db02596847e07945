namespace FrameworkAdvisor.Content;

/// <summary>"Did you mean …?" hints for misspelt keys, slugs and anchors.</summary>
public static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="input"/>, if it is close enough to be a plausible typo.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(input, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && IsPlausibleTypo(input, bestDistance) ? best : null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> candidates close enough to <paramref name="input"/> to be what was meant, nearest
    /// first, ties in the candidates' order. <paramref name="textOf"/> gives the text each candidate is compared by.
    /// </summary>
    public static IReadOnlyList<T> Nearest<T>(string input, IEnumerable<T> candidates, Func<T, string> textOf, int count) =>
    [
        .. candidates
            .Select(candidate => (Candidate: candidate, Distance: EditDistance(input, textOf(candidate))))
            .Where(x => IsPlausibleTypo(input, x.Distance))
            .OrderBy(x => x.Distance)
            .Take(count)
            .Select(x => x.Candidate),
    ];

    /// <summary>
    /// The one typo threshold: roughly one edit in three characters (at least two); anything further is a different
    /// word, not a typo.
    /// </summary>
    public static bool IsPlausibleTypo(string input, int distance) => distance <= Math.Max(2, input.Length / 3);

    /// <summary>" (did you mean 'x'?)" or an empty string, ready to append to a message.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $" (did you mean '{match}'?)" : "";

    /// <summary>Levenshtein distance, ignoring case.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
