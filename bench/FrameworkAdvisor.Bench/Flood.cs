using System.Text;

namespace FrameworkAdvisor.Bench;

/// <summary>What the card check of the flood run found: distinct result links asked for, cards drawn meanwhile, and distinct pictures served.</summary>
internal sealed record CardCheck(int Links, long Drawn, int DistinctPictures, int Answered);

/// <summary>
/// The flood run of bench/run.sh: one client floods one kind of uncached work (distinct cards, searches with new
/// words, distinct share links) while a reader reads the cached comparison page; and, in the same rounds, the
/// uncached paths alone against the cached page. Judges <see cref="Targets"/>' flood figures and prints them.
/// </summary>
internal static class Flood
{
    public const string Quiet = "flood-quiet";
    public const string Cached = "flood-cached";
    public const string LinkFirst = "flood-link-first";
    public const string SearchNew = "flood-search-new";

    public static readonly IReadOnlyList<(string Kind, string Label)> Kinds =
        [("cards", "distinct result cards"), ("search", "searches with new words"), ("links", "distinct share links")];

    public static string Reader(string kind) => $"flood-reader-{kind}";

    public static string Flooder(string kind) => $"flood-{kind}";

    public static int Run(string work, TextWriter output)
    {
        var runs = BenchResults.Lines<WrkRun>(Path.Combine(work, "results.jsonl")).Where(run => run.Name.StartsWith("flood", StringComparison.Ordinal)).ToList();
        var cards = BenchResults.Lines<CardCheck>(Path.Combine(work, "card-check.jsonl")).Single();
        var verdicts = Judge(runs, cards);
        return Report.Publish(output, "Flood ", verdicts, Markdown(runs, cards, verdicts), Path.Combine(work, "flood.md"));
    }

    public static IReadOnlyList<Verdict> Judge(IReadOnlyList<WrkRun> runs, CardCheck cards)
    {
        var verdicts = new List<Verdict>();
        foreach (var (kind, label) in Kinds)
        {
            var throughput = Ratio(runs, Reader(kind), Quiet, run => run.RequestsPerSecond);
            verdicts.Add(Verdict.AtLeast($"reader of the cached page during a flood of {label} >= {Targets.FloodReaderMinRatio:F2} x its quiet requests/s",
                $"{throughput.Text} x", throughput.Median, Targets.FloodReaderMinRatio));
            var p99 = Ratio(runs, Reader(kind), Quiet, run => run.P99Ms);
            verdicts.Add(Verdict.AtMost($"reader's p99 during a flood of {label} <= {Targets.FloodReaderMaxP99Ratio:F0} x its quiet p99",
                $"{p99.Text} x; median {Median(runs, Reader(kind), run => run.P99Ms)} ms, quiet {Median(runs, Quiet, run => run.P99Ms)} ms", p99.Median, Targets.FloodReaderMaxP99Ratio));
            var flooder = runs.Where(run => run.Name == Flooder(kind)).ToList();
            var (unexpected, socket) = (flooder.Sum(run => run.Unexpected), flooder.Sum(run => run.SocketErrors));
            verdicts.Add(new Verdict(flooder.Count > 0 && unexpected + socket == 0,
                $"flooder of {label}: only 2xx, or 429/503 with Retry-After; no socket errors or timeouts",
                $"{unexpected} other answers, {socket} socket errors ({string.Join("; ", flooder.Select(run => run.StatusText))})"));
        }

        var links = Ratio(runs, LinkFirst, Cached, run => Successes(run));
        verdicts.Add(Verdict.AtLeast($"share link first view >= {Targets.LinkFirstViewMinRatio:F2} x the cached page's requests/s (2xx only)",
            $"{links.Text} x", links.Median, Targets.LinkFirstViewMinRatio));
        var search = Ratio(runs, SearchNew, Cached, run => Successes(run));
        verdicts.Add(Verdict.AtLeast($"search with new words >= {Targets.SearchNewWordsMinRatio:F2} x the cached page's requests/s (2xx only)",
            $"{search.Text} x", search.Median, Targets.SearchNewWordsMinRatio));
        verdicts.Add(new Verdict(cards.Answered == cards.Links && cards.Drawn <= cards.DistinctPictures,
            $"{cards.Links} distinct share links' cards: at most one drawing per distinct outcome",
            $"{cards.Drawn} drawn for {cards.DistinctPictures} distinct pictures; {cards.Answered} of {cards.Links} answered 200"));
        return verdicts;
    }

    public static string Markdown(IReadOnlyList<WrkRun> runs, CardCheck cards, IReadOnlyList<Verdict> verdicts)
    {
        var rounds = runs.Where(run => run.Name == Quiet).Select(run => run.Round).Distinct().Count();
        var text = new StringBuilder($"Median of {rounds} rounds. The reader reads the cached comparison page; the flooder asks for uncached work.\n\n");
        text.Append("| run | reader req/s | reader p99 ms | flooder req/s | flooder's answers |\n| --- | ---: | ---: | ---: | --- |\n");
        text.Append($"| quiet | {Median(runs, Quiet, run => run.RequestsPerSecond, 0)} | {Median(runs, Quiet, run => run.P99Ms)} | – | – |\n");
        foreach (var (kind, label) in Kinds)
        {
            text.Append($"| flood of {label} | {Median(runs, Reader(kind), run => run.RequestsPerSecond, 0)} | {Median(runs, Reader(kind), run => run.P99Ms)} | ")
                .Append($"{Median(runs, Flooder(kind), run => run.RequestsPerSecond, 0)} | {runs.LastOrDefault(run => run.Name == Flooder(kind))?.StatusText} |\n");
        }

        text.Append("\n| alone, 2xx only | req/s | p99 ms |\n| --- | ---: | ---: |\n");
        foreach (var (name, label) in new[] { (Cached, "cached comparison page"), (LinkFirst, "share link, first view"), (SearchNew, "search with new words") })
        {
            text.Append($"| {label} | {Median(runs, name, Successes, 0)} | {Median(runs, name, run => run.P99Ms)} |\n");
        }

        text.Append($"\nCards: {cards.Links} distinct share links drew {cards.Drawn} cards for {cards.DistinctPictures} distinct pictures.\n\n");
        text.Append("| target | measured | |\n| --- | --- | --- |\n");
        foreach (var verdict in verdicts)
        {
            text.Append($"| {verdict.Target} | {verdict.Measured} | {verdict.State} |\n");
        }

        return text.ToString();
    }

    /// <summary>2xx answers per second; every answer when the run did not count statuses.</summary>
    private static double Successes(WrkRun run) =>
        run.Statuses is { Count: > 0 } statuses && run.Seconds > 0
            ? statuses.Where(pair => pair.Key.StartsWith('2')).Sum(pair => pair.Value) / run.Seconds
            : run.RequestsPerSecond;

    private static RoundSpread Ratio(IReadOnlyList<WrkRun> runs, string name, string baseline, Func<WrkRun, double?> figure) =>
        RoundSpread.Of(runs.Where(run => run.Name == name).Join(runs.Where(run => run.Name == baseline), run => run.Round, run => run.Round,
            (top, bottom) => (figure(top), figure(bottom))));

    private static string Median(IReadOnlyList<WrkRun> runs, string name, Func<WrkRun, double> figure, int decimals = 2)
    {
        var values = runs.Where(run => run.Name == name).Select(figure).ToList();
        return values.Count > 0 ? Figures.Text(Figures.Median(values), decimals) : "n/a";
    }
}
