using Dapper;
using FrameworkAdvisor.Content;
using Microsoft.Data.Sqlite;

namespace FrameworkAdvisor.Store.Search;

/// <summary>
/// Full-text search over the live content database: titles weigh more than body text, and when nothing matches,
/// the nearest spelling from the site's own words is tried (by the one typo rule, <see cref="Suggestions"/>).
/// </summary>
public sealed class ContentSearch(ContentDatabase database)
{
    /// <summary>More than anyone reads; the total says how many more there were.</summary>
    public const int MaxHits = 20;

    /// <summary>
    /// bm25 weights per column for ranking within a tier (see <see cref="Find"/>): the heading a hit leads to counts
    /// most, then its page's title, then the text. The remaining columns are not indexed.
    /// </summary>
    private const string Rank = "bm25(search_section, 10.0, 4.0, 1.0)";

    /// <summary>Words of the snippet around the best match: about two lines of a result list.</summary>
    private const int SnippetWords = 28;

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
    /// The hits for an FTS5 expression, best first, in tiers: places on a page whose title has the words (the page
    /// about them), then places whose own heading has them, then the rest. bm25 orders each tier. Without the tiers,
    /// bm25's length normalisation lets a short rule that mentions a word once outrank the page named after it.
    /// </summary>
    private static (IReadOnlyList<SearchHit> Hits, int Total) Find(SqliteConnection connection, string match)
    {
        var rows = connection.Query<HitRow>(
            $"""
            SELECT comparison_title AS ComparisonTitle, page_title AS PageTitle, path AS Path, anchor AS Anchor,
                   highlight(search_section, 0, char(2), char(3)) AS SectionTitle,
                   snippet(search_section, 2, char(2), char(3), '…', {SnippetWords}) AS Snippet
            FROM search_section
            WHERE search_section MATCH @Match
            ORDER BY rowid IN (SELECT rowid FROM search_section WHERE search_section MATCH @InPageTitle) DESC,
                     rowid IN (SELECT rowid FROM search_section WHERE search_section MATCH @InSectionTitle) DESC,
                     {Rank}, rowid
            LIMIT {MaxHits}
            """,
            new { Match = match, InPageTitle = $"page_title : ({match})", InSectionTitle = $"section_title : ({match})" }).ToList();
        // Counted apart: SQLite refuses bm25() in a query that also has a window function such as count(*) OVER ().
        var total = rows.Count < MaxHits
            ? rows.Count
            : connection.ExecuteScalar<int>("SELECT count(*) FROM search_section WHERE search_section MATCH @Match", new { Match = match });
        return ([.. rows.Select(r => r.ToHit())], total);
    }

    /// <summary>
    /// The query with each word that starts no word of the site replaced by the nearest one that does, if any is
    /// close enough to be a typo; null when nothing changed. Ties go to the commoner word.
    /// </summary>
    private static SearchQuery? Corrected(SqliteConnection connection, SearchQuery query)
    {
        var vocabulary = connection.Query<string>("SELECT word FROM search_word ORDER BY occurrences DESC, word").ToList();
        var words = query.Words
            .Select(word => vocabulary.Exists(known => known.StartsWith(word, StringComparison.Ordinal))
                ? word
                : Suggestions.Closest(word, vocabulary.Where(known => CouldBeTypoOf(word, known))) ?? word)
            .ToList();
        var corrected = SearchQuery.Of(words.Distinct(StringComparer.Ordinal));
        return corrected.Equals(query) ? null : corrected;
    }

    /// <summary>
    /// Two words differ by at least their difference in length, so a word too much longer or shorter cannot pass the
    /// typo rule; skipping it before measuring keeps a query of long made-up words from costing an edit distance
    /// against the whole vocabulary for each.
    /// </summary>
    private static bool CouldBeTypoOf(string word, string known) => Suggestions.IsPlausibleTypo(word, Math.Abs(known.Length - word.Length));

    private sealed class HitRow
    {
        public string ComparisonTitle { get; init; } = "";
        public string PageTitle { get; init; } = "";
        public string Path { get; init; } = "";
        public string Anchor { get; init; } = "";
        public string SectionTitle { get; init; } = "";
        public string Snippet { get; init; } = "";

        public SearchHit ToHit() => new(ComparisonTitle, PageTitle, MarkedText.Parse(SectionTitle), MarkedText.Parse(Snippet), Path, Anchor);
    }
}
