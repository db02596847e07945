using Dapper;
using FrameworkAdvisor.Content;
using Microsoft.Data.Sqlite;

namespace FrameworkAdvisor.Store.Search;

/// <summary>
/// Full-text search over the live content database: titles and an author's keywords weigh more than body text, hits
/// come grouped by page, and when nothing matches, the nearest spelling from the site's own words is tried (by the
/// one typo rule, <see cref="Suggestions"/>).
/// </summary>
public sealed class ContentSearch(ContentDatabase database)
{
    /// <summary>More than anyone reads; the total says how many more there were.</summary>
    public const int MaxHits = 20;

    /// <summary>
    /// bm25 weights per column for ranking within a tier (see <see cref="Ranking"/>): the heading a hit leads to counts
    /// most, then the page's keywords, then its title, then the text. The remaining columns are not indexed.
    /// </summary>
    private const string Bm25 = "bm25(search_section, 10.0, 4.0, 8.0, 1.0)";

    /// <summary>Words of the snippet around the best match: about two lines of a result list.</summary>
    private const int SnippetWords = 28;

    private Vocabulary? _vocabulary;

    public SearchResults Search(string? text) => Search(SearchQuery.Parse(text));

    public SearchResults Search(SearchQuery query)
    {
        if (query.IsEmpty)
        {
            return SearchResults.Nothing(query);
        }

        using var connection = database.OpenReadOnly();
        var (hits, total) = Find(connection, query.MatchAll);
        if (total > 0)
        {
            return new SearchResults(query, hits, total, null, false);
        }

        var corrected = Corrected(connection, query);
        if (corrected is not null)
        {
            (hits, total) = Find(connection, corrected.MatchAll);
            if (total > 0)
            {
                return new SearchResults(query, hits, total, corrected, false);
            }
        }

        if (query.Words.Count > 1)
        {
            (hits, total) = Find(connection, (corrected ?? query).MatchAny);
            return new SearchResults(query, hits, total, total > 0 ? corrected : null, total > 0);
        }

        return SearchResults.Nothing(query);
    }

    /// <summary>
    /// The order of the hits, in tiers: places on a page whose title or keywords have the words (the page about
    /// them), then sections whose own heading has them, then rules and questions whose sentence has them, then the
    /// rest. bm25 orders each tier. Without the tiers, bm25's length normalisation lets a short rule that mentions a
    /// word once outrank the page named after it. A place's kind is read only where its heading has the words.
    /// </summary>
    private static readonly string Ranking =
        $"""
        ORDER BY rowid IN (SELECT rowid FROM search_section WHERE search_section MATCH @InPage) DESC,
                 CASE WHEN rowid IN (SELECT rowid FROM search_section WHERE search_section MATCH @InSectionTitle)
                      THEN 1 + (place <= {(int)SearchPlace.Heading}) ELSE 0 END DESC,
                 {Bm25}, rowid
        """;

    /// <summary>What a hit shows: where it is, its heading with the words marked, and a snippet around them.</summary>
    private static readonly string Shown =
        $"""
        SELECT rowid AS Id, comparison_title AS ComparisonTitle, page_title AS PageTitle, path AS Path, anchor AS Anchor,
               highlight(search_section, 0, char(2), char(3)) AS SectionTitle,
               snippet(search_section, 3, char(2), char(3), '…', {SnippetWords}) AS Snippet
        FROM search_section
        """;

    /// <summary>
    /// The hits for an FTS5 expression, best first (see <see cref="Ranking"/>), grouped by page, and how many
    /// places match in all.
    /// </summary>
    /// <remarks>
    /// Counted first, since a count is the cheapest pass over the matches and decides the rest. A snippet (which
    /// stems the whole text) is the dearest part of a hit, and SQLite makes every column of a row before it sorts:
    /// so when more places match than are shown, they are ranked by rowid alone and only the shown ones are made
    /// into hits, in a second pass over the same match.
    /// </remarks>
    private static (IReadOnlyList<SearchHit> Hits, int Total) Find(SqliteConnection connection, string match)
    {
        var total = connection.ExecuteScalar<int>("SELECT count(*) FROM search_section WHERE search_section MATCH @Match", new { Match = match });
        if (total == 0)
        {
            return ([], 0);
        }

        var ranking = new { Match = match, InPage = $"{{page_title keywords}} : ({match})", InSectionTitle = $"section_title : ({match})" };
        IEnumerable<HitRow> rows;
        if (total <= MaxHits)
        {
            rows = connection.Query<HitRow>($"{Shown} WHERE search_section MATCH @Match {Ranking}", ranking);
        }
        else
        {
            var ids = connection.Query<long>($"SELECT rowid FROM search_section WHERE search_section MATCH @Match {Ranking} LIMIT {MaxHits}", ranking).AsList();
            // The + keeps SQLite from handing the rowids to FTS5, which would run the whole match once per id.
            var shown = connection.Query<HitRow>($"{Shown} WHERE search_section MATCH @Match AND +rowid IN @Ids", new { Match = match, Ids = ids })
                .ToDictionary(row => row.Id);
            rows = ids.Select(id => shown[id]);
        }

        // An editor's note is also part of the section it sits in, so both can show the same words: keep the first.
        var snippets = new HashSet<string>(StringComparer.Ordinal);
        var hits = rows
            .Select(row => row.ToHit())
            .Where(hit => hit.Snippet.Text.Length == 0 || snippets.Add(hit.Snippet.Text))
            .GroupBy(hit => hit.Path, StringComparer.Ordinal)
            .SelectMany(page => page)
            .ToList();
        return (hits, total);
    }

    /// <summary>
    /// The query with each word that starts no word of the site replaced by the nearest one that does, if any is
    /// close enough to be a typo; null when nothing changed. Ties go to the commoner word.
    /// </summary>
    private SearchQuery? Corrected(SqliteConnection connection, SearchQuery query)
    {
        var vocabulary = VocabularyOf(connection);
        var words = query.Words
            .Select(word => vocabulary.HasWordStartingWith(word)
                ? word
                : Suggestions.Closest(word, vocabulary.ByOccurrence.Where(known => CouldBeTypoOf(word, known))) ?? word)
            .ToList();
        var corrected = SearchQuery.Of(words.Distinct(StringComparer.Ordinal));
        return corrected.Equals(query) ? null : corrected;
    }

    /// <summary>
    /// The site's words, read once per content generation: reading them all for every search with a word the site
    /// does not use was most of that search's cost (docs/performance.md).
    /// </summary>
    private Vocabulary VocabularyOf(SqliteConnection connection)
    {
        // Read before loading: a load that races a content swap is kept under the old generation and redone next time.
        var generation = database.Generation;
        var current = Volatile.Read(ref _vocabulary);
        if (current?.Generation == generation)
        {
            return current;
        }

        var words = connection.Query<string>("SELECT word FROM search_word ORDER BY occurrences DESC, word").ToArray();
        current = new Vocabulary(generation, words);
        Volatile.Write(ref _vocabulary, current);
        return current;
    }

    /// <summary>
    /// Two words differ by at least their difference in length, so a word too much longer or shorter cannot pass the
    /// typo rule; skipping it before measuring keeps a query of long made-up words from costing an edit distance
    /// against the whole vocabulary for each.
    /// </summary>
    private static bool CouldBeTypoOf(string word, string known) => Suggestions.IsPlausibleTypo(word, Math.Abs(known.Length - word.Length));

    private sealed class Vocabulary(int generation, string[] byOccurrence)
    {
        private readonly string[] _sorted = [.. byOccurrence.Order(StringComparer.Ordinal)];

        public int Generation { get; } = generation;

        /// <summary>Commonest first, so that <see cref="Suggestions.Closest"/> breaks ties towards the commoner word.</summary>
        public IReadOnlyList<string> ByOccurrence { get; } = byOccurrence;

        public bool HasWordStartingWith(string prefix)
        {
            var index = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
            var next = index >= 0 ? index : ~index;
            return next < _sorted.Length && _sorted[next].StartsWith(prefix, StringComparison.Ordinal);
        }
    }

    private sealed class HitRow
    {
        public long Id { get; init; }
        public string ComparisonTitle { get; init; } = "";
        public string PageTitle { get; init; } = "";
        public string Path { get; init; } = "";
        public string Anchor { get; init; } = "";
        public string SectionTitle { get; init; } = "";
        public string Snippet { get; init; } = "";

        public SearchHit ToHit() => new(ComparisonTitle, PageTitle, MarkedText.Parse(SectionTitle), MarkedText.Parse(Snippet), Path, Anchor);
    }
}
