using System.Collections.Concurrent;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// One comparison's chooser as the web layer serves it: the store's model (which the engine scores and the pages
/// render), its engine and link codec, and memos of what those compute. A class, not a record: it holds mutable memos
/// and is compared by identity, one per comparison and content generation.
/// </summary>
public sealed class LoadedChooser(ComparisonContext context, Recommendations.Chooser chooser)
{
    private readonly BoundedMemo<Outcome> _outcomes = new();
    private readonly BoundedMemo<byte[]> _apiResponses = new();

    public ComparisonContext Context { get; } = context;

    public Recommendations.Chooser Chooser { get; } = chooser;

    public RecommendationEngine Engine { get; } = new(chooser);

    public ShareLinkCodec Links { get; } = new(chooser);

    public Questionnaire Questionnaire => Chooser.Questionnaire;

    public string Slug => Context.Slug;

    /// <summary>
    /// The engine's outcome, remembered per answer set: it is a pure function of the answers and this content
    /// generation, and the "what would change" search is the dearest part of a request. A result page is cached
    /// whole by URL; this is what lets the API's POSTs, which the page cache never keeps, skip the search too.
    /// </summary>
    public Outcome Recommend(AnswerSet answers) => _outcomes.GetOrAdd(Links.Encode(answers), () => Engine.Recommend(answers));

    /// <summary>
    /// The API's JSON for these answers, rendered once per origin (its links are absolute) and answer set: the
    /// response is as pure a function of them as the outcome is, and rendering it cost more than scoring did.
    /// </summary>
    public byte[] ApiResponse(string origin, AnswerSet answers, Func<byte[]> render) =>
        _apiResponses.GetOrAdd($"{origin}?{Links.Encode(answers)}", render);

    /// <summary>The result page for a set of answers; its query is the canonical encoding, so equal answers give equal links.</summary>
    public string ResultPath(AnswerSet answers) => WithQuery(Content.SitePaths.ChooserResult(Slug), Links.Encode(answers));

    /// <summary>The questionnaire with these answers already chosen: "change my answers".</summary>
    public string QuestionnairePath(AnswerSet answers) => WithQuery(Content.SitePaths.Chooser(Slug), Links.Encode(answers));

    /// <summary>The result as a Markdown decision record, at the result's own query.</summary>
    public string DecisionRecordPath(AnswerSet answers) => WithQuery(DecisionRecordController.PathFor(Slug), Links.Encode(answers));

    /// <summary>The answers in a request's query, read as shared links are: see <see cref="ShareLinkCodec.DecodeLink"/>.</summary>
    public DecodedAnswers Decode(IQueryCollection query) =>
        Links.DecodeLink(query.SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value))));

    /// <summary>The query without its tracking parameters, everything else as it was: where a decorated link redirects.</summary>
    public QueryString WithoutTracking(IQueryCollection query) => QueryString.Create(query.Where(pair => !Links.IsTracking(pair.Key)));

    /// <summary>
    /// Where an address that holds answers (a result, its card, its decision record) redirects permanently, or null to
    /// serve it as it is. Other spellings of the same answers (order, case, skipped questions left in, tracking
    /// parameters added) go to the one canonical address, so each is rendered and cached once. A link with parts we
    /// could not read is served as it is, with a notice, so the visitor sees what was dropped; only its tracking
    /// parameters are dropped first, silently.
    /// </summary>
    public string? CanonicalRedirect(HttpRequest request, DecodedAnswers decoded, string canonicalPathAndQuery)
    {
        if (decoded.IsClean)
        {
            return request.Path + request.QueryString == canonicalPathAndQuery ? null : canonicalPathAndQuery;
        }

        return decoded.DroppedTracking ? request.Path + WithoutTracking(request.Query) : null;
    }

    private static string WithQuery(string path, string query) => query.Length == 0 ? path : $"{path}?{query}";
}

/// <summary>
/// Finds each comparison's chooser in the store, once per content generation: a result page or API call then costs no database work
/// for the questionnaire. Only choosers that exist are kept, so made-up slugs cannot grow the cache.
/// </summary>
public sealed class ChooserCatalog(ContentDatabase database)
{
    private readonly ConcurrentDictionary<string, (int Generation, LoadedChooser Chooser)> _built = new(StringComparer.Ordinal);

    public LoadedChooser? Find(string comparisonSlug)
    {
        // Read before loading: a load that races a content swap is stored under the old generation and rebuilt next time.
        var generation = database.Generation;
        if (_built.TryGetValue(comparisonSlug, out var built) && built.Generation == generation)
        {
            return built.Chooser;
        }

        if (Load(comparisonSlug) is not { } chooser)
        {
            _built.TryRemove(comparisonSlug, out _);
            return null;
        }

        _built[comparisonSlug] = (generation, chooser);
        return chooser;
    }

    private LoadedChooser? Load(string comparisonSlug)
    {
        // One reading for the comparison and its chooser, so both come from the same content version.
        using var store = new ComparisonStore(database);
        return store.FindComparison(comparisonSlug) is { } context && store.FindChooser(context) is { } chooser
            ? new LoadedChooser(context, chooser)
            : null;
    }
}

/// <summary>
/// A thread-safe memo that never holds more than <see cref="Capacity"/> entries: enough for every popular answer set;
/// past it the memo starts over rather than grow with made-up requests. Racing callers may both compute a value,
/// which is harmless for pure functions.
/// </summary>
internal sealed class BoundedMemo<TValue>
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);

    public TValue GetOrAdd(string key, Func<TValue> compute)
    {
        if (_values.TryGetValue(key, out var remembered))
        {
            return remembered;
        }

        var value = compute();
        if (_values.Count >= Capacity)
        {
            _values.Clear();
        }

        _values.TryAdd(key, value);
        return value;
    }
}
