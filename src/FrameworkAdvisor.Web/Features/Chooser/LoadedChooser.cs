using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Store;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// One comparison's chooser as the web layer serves it: the store's model (which the engine scores and the pages
/// render), its engine and link codec, and memos of what those compute. A class, not a record: it holds mutable memos
/// and is compared by identity, one per comparison and content generation. Views never see it: they get plain view
/// models made from it.
/// </summary>
public sealed class LoadedChooser(ComparisonContext context, ChooserModel model)
{
    private readonly BoundedMemo<Outcome> _outcomes = new();
    private readonly BoundedMemo<byte[]> _apiResponses = new();

    // Far fewer outcomes than answer sets exist, and each card is tens of kilobytes: a few hundred cover them all.
    private readonly BoundedMemo<Lazy<byte[]>> _resultCards = new(512);

    private ResultPageParts? _resultParts;

    public ComparisonContext Context { get; } = context;

    public ChooserModel Model { get; } = model;

    public RecommendationEngine Engine { get; } = new(model);

    public ShareLinkCodec Links { get; } = new(model);

    public Questionnaire Questionnaire => Model.Questionnaire;

    public string Slug => Context.Slug;

    /// <summary>What every result page shows the same whatever the answers, made on first use (racing requests may each make it; one is kept).</summary>
    public ResultPageParts ResultParts => _resultParts ??= new ResultPageParts(this);

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

    /// <summary>
    /// A result's picture card, drawn once per outcome (see <see cref="Cards.CardRenderer.OutcomeOf"/>): a card shows
    /// the verdict, confidence, scores and how many questions were answered, not which answers, so thousands of share
    /// links share one drawing. Racing requests for a new outcome wait for the one drawing rather than each draw.
    /// </summary>
    public byte[] ResultCard(string outcome, Func<byte[]> draw) =>
        _resultCards.GetOrAdd(outcome, () => new Lazy<byte[]>(draw)).Value;

    /// <summary>The result page for a set of answers; its query is the canonical encoding, so equal answers give equal links.</summary>
    public string ResultPath(AnswerSet answers) => WithQuery(Content.SitePaths.ChooserResult(Slug), Links.Encode(answers));

    /// <summary>The questionnaire with these answers already chosen: "change my answers".</summary>
    public string QuestionnairePath(AnswerSet answers) => WithQuery(Content.SitePaths.Chooser(Slug), Links.Encode(answers));

    /// <summary>The result as a Markdown decision record, at the result's own query.</summary>
    public string DecisionRecordPath(AnswerSet answers) => WithQuery(DecisionRecordController.PathFor(Slug), Links.Encode(answers));

    /// <summary>The answers in a request's query, read as shared links are: see <see cref="ShareLinkCodec.Decode"/>.</summary>
    public DecodedAnswers Decode(IQueryCollection query) =>
        Links.Decode(query.SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value))));

    /// <summary>The query without its tracking parameters, everything else as it was: where a decorated link redirects.</summary>
    public QueryString WithoutTracking(IQueryCollection query) => QueryString.Create(query.Where(pair => !Links.IsTracking(pair.Key)));

    /// <summary>
    /// What an address that shows a result (the result page, its card, its decision record, and any later one) makes
    /// of its request's query. It is the one place such a link is read, so the same link gets the same kind of answer
    /// on each. <paramref name="addressOf"/> gives the endpoint's own canonical address for a set of answers.
    /// </summary>
    public LinkResolution Resolve(HttpRequest request, Func<AnswerSet, string> addressOf)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(addressOf);
        var decoded = Decode(request.Query);
        var resolution = Resolve(decoded);
        return resolution is LinkResolution.Resolved && CanonicalRedirect(request, decoded, addressOf(decoded.Answers)) is { } location
            ? new LinkResolution.Redirect(location)
            : resolution;
    }

    /// <summary>
    /// What decoded answers come to, wherever they were read from (a share link, or one member of a team link):
    /// a result, or the reason there is none. Never a redirect: that is for an address, which this has not.
    /// </summary>
    public LinkResolution Resolve(DecodedAnswers decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        if (decoded.TooLong)
        {
            return new LinkResolution.Refused(LinkResolution.TooLong, AnswerSet.Empty, []);
        }

        return Recommend(decoded.Answers) is Recommendation recommendation
            ? new LinkResolution.Resolved(decoded.Answers, decoded.Ignored, recommendation)
            : new LinkResolution.Refused(NothingAnswered.Text, decoded.Answers, decoded.Ignored);
    }

    /// <summary>
    /// Where an address that holds answers redirects permanently, or null to serve it as it is. Other spellings of the
    /// same answers (order, case, skipped questions left in, tracking parameters added) go to the one canonical
    /// address, so each is rendered and cached once. A link with parts we could not read is served as it is, with a
    /// notice, so the visitor sees what was dropped; only its tracking parameters are dropped first, silently.
    /// </summary>
    private string? CanonicalRedirect(HttpRequest request, DecodedAnswers decoded, string canonicalPathAndQuery)
    {
        if (decoded.IsClean)
        {
            return request.Path + request.QueryString == canonicalPathAndQuery ? null : canonicalPathAndQuery;
        }

        return decoded.DroppedTracking ? request.Path + WithoutTracking(request.Query) : null;
    }

    private static string WithQuery(string path, string query) => query.Length == 0 ? path : $"{path}?{query}";
}
