using System.Collections.Concurrent;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// One comparison's chooser, ready to score: the stored definition (for titles, notes and citations on the page)
/// and the engine and link codec built from it.
/// </summary>
public sealed record LoadedChooser(ChooserDefinition Definition, RecommendationEngine Engine, ShareLinkCodec Links)
{
    private readonly BoundedMemo<Outcome> _outcomes = new();
    private readonly BoundedMemo<byte[]> _apiResponses = new();

    public ComparisonContext Context => Definition.Context;

    public string Slug => Context.Slug;

    /// <summary>
    /// The engine's outcome, remembered per answer set: it is a pure function of the answers and this content
    /// generation, and the "what would change" search is the dearest part of a request. A result page is cached
    /// whole by URL; this is what lets the API's POSTs, which no output cache keeps, skip the search too.
    /// </summary>
    public Outcome Recommend(AnswerSet answers) => _outcomes.GetOrAdd(Links.Encode(answers), () => Engine.Recommend(answers));

    /// <summary>
    /// The API's JSON for these answers, rendered once per origin (its links are absolute) and answer set: the
    /// response is as pure a function of them as the outcome is, and rendering it cost more than scoring did.
    /// </summary>
    public byte[] ApiResponse(string origin, AnswerSet answers, Func<byte[]> render) =>
        _apiResponses.GetOrAdd($"{origin}?{Links.Encode(answers)}", render);

    public RuleSummary Rule(string ruleId) => Definition.Rules.First(r => r.RuleId == ruleId);

    /// <summary>The result page for a set of answers; its query is the canonical encoding, so equal answers give equal links.</summary>
    public string ResultPath(AnswerSet answers) => WithQuery(Content.SitePaths.ChooserResult(Slug), Links.Encode(answers));

    /// <summary>The questionnaire with these answers already chosen: "change my answers".</summary>
    public string QuestionnairePath(AnswerSet answers) => WithQuery(Content.SitePaths.Chooser(Slug), Links.Encode(answers));

    private static string WithQuery(string path, string query) => query.Length == 0 ? path : $"{path}?{query}";
}

/// <summary>
/// Builds the scoring engine's model from what the store holds; the engine itself knows nothing of storage.
/// Each chooser is built once per content generation: a result page or API call then costs no database work
/// for the questionnaire. Only choosers that exist are kept, so made-up slugs cannot grow the cache.
/// </summary>
public sealed class ChooserCatalog(ComparisonStore store, ContentDatabase database)
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
        if (store.FindComparison(comparisonSlug) is not { } context || store.FindChooser(context) is not { } definition)
        {
            return null;
        }

        var subjects = context.Frameworks.Select(f => new Subject(f.Slug, f.Title)).ToList();
        var rules = definition.Rules.Select(r => new ScoringRule(r.RuleId, r.FavoursSlug, r.Points, r.IsTieBreak, r.Cites, r.WhenText)).ToList();
        var rulesOfOption = definition.OptionRules.ToLookup(r => (r.QuestionId, r.OptionId), r => r.RuleId);
        var optionsOfQuestion = definition.Options.ToLookup(o => o.QuestionId);
        var questions = definition.Questions
            .Select(q => new Question(q.QuestionId, q.Text, q.Why, [.. optionsOfQuestion[q.QuestionId]
                .Select(o => new AnswerOption(o.OptionId, o.Label, [.. rulesOfOption[(o.QuestionId, o.OptionId)]]))]))
            .ToList();
        var chooser = new Recommendations.Chooser(subjects, questions, rules);
        return new LoadedChooser(definition, new RecommendationEngine(chooser), new ShareLinkCodec(chooser));
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
