namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Who wins a set of scores, and by how much. One function for both the recommendation and the change search, so a
/// suggested change is judged exactly as the result it leads to would be.
/// </summary>
internal readonly record struct Standing(int Winner, DecidedBy DecidedBy, int Top, int RunnerUp)
{
    public int Lead => Top - RunnerUp;

    /// <param name="scores">Points per framework, in framework order (at least two).</param>
    /// <param name="tieBreakFramework">The framework the tie-break rule favours, or -1 when there is none.</param>
    public static Standing Of(ReadOnlySpan<int> scores, int tieBreakFramework)
    {
        var first = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[first])
            {
                first = i;
            }
        }

        var runnerUp = int.MinValue;
        for (var i = 0; i < scores.Length; i++)
        {
            if (i != first && scores[i] > runnerUp)
            {
                runnerUp = scores[i];
            }
        }

        var top = scores[first];
        var level = runnerUp == top;
        // Level at the top: the tie-break decides if it favours one of the level frameworks; otherwise the first level
        // framework in framework order wins, so the result never depends on anything but the answers.
        return level && tieBreakFramework >= 0 && scores[tieBreakFramework] == top
            ? new Standing(tieBreakFramework, DecidedBy.TieBreak, top, runnerUp)
            : new Standing(first, DecidedBy.Score, top, runnerUp);
    }
}
