namespace FrameworkAdvisor.Bench;

/// <summary>
/// The card timer's figures as it printed them (see <see cref="CardTimer"/>): a result card's time to draw cold and to
/// serve from the cache, and its size. Reported beside the wrk figures, with no target of its own.
/// </summary>
internal sealed record CardFigures(string Cards, string FirstMs, string ColdMedianMs, string ColdWorstMs,
    string CachedMedianMs, string CachedWorstMs, string MinBytes, string MaxBytes)
{
    public static CardFigures Read(string timerOutput)
    {
        var summary = TimerSummary.Read(timerOutput);
        return new CardFigures(summary.Text("cards"), summary.Text("first_ms"), summary.Text("cold_median_ms"), summary.Text("cold_worst_ms"),
            summary.Text("cached_median_ms"), summary.Text("cached_worst_ms"), summary.Text("min_bytes"), summary.Text("max_bytes"));
    }

    /// <summary>The Markdown table the report adds, after the endpoint table.</summary>
    public IEnumerable<string> MarkdownLines()
    {
        yield return $"| result card (og:image PNG, 1200x630), {Cards} distinct links, one connection | median | worst |";
        yield return "| --- | ---: | ---: |";
        yield return $"| cold: drawn and encoded (first after start-up: {FirstMs} ms) | {ColdMedianMs} ms | {ColdWorstMs} ms |";
        yield return $"| cached: from the output cache | {CachedMedianMs} ms | {CachedWorstMs} ms |";
        yield return $"| size | {MinBytes}–{MaxBytes} bytes | |";
    }
}
