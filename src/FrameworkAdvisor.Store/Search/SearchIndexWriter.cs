using Dapper;
using FrameworkAdvisor.Content;
using Microsoft.Data.Sqlite;

namespace FrameworkAdvisor.Store.Search;

/// <summary>Writes the search index and the site's vocabulary into the database being built.</summary>
internal static class SearchIndexWriter
{
    /// <summary>Shorter words make poor "did you mean" suggestions: nearly every short word is near every other.</summary>
    private const int MinSuggestedWordLength = 3;

    public static void Write(SqliteConnection connection, SqliteTransaction transaction, ContentSet content)
    {
        var sections = content.Comparisons.SelectMany(comparison => comparison.SearchSections.Select(s => new
        {
            SectionTitle = SearchText.Clean(s.Heading), PageTitle = SearchText.Clean(s.PageTitle),
            Keywords = SearchText.Clean(string.Join(" · ", s.Keywords)), Body = SearchText.Clean(s.Text),
            ComparisonTitle = comparison.Title, s.Path, s.Anchor, Place = (int)s.Place,
        })).ToList();
        connection.Execute(
            """
            INSERT INTO search_section (section_title, page_title, keywords, body, comparison_title, path, anchor, place)
            VALUES (@SectionTitle, @PageTitle, @Keywords, @Body, @ComparisonTitle, @Path, @Anchor, @Place)
            """,
            sections,
            transaction);

        var words = sections
            .SelectMany(s => SearchText.Words($"{s.SectionTitle} {s.Keywords} {s.Body}"))
            .Where(w => w.Length >= MinSuggestedWordLength && !w.All(char.IsDigit))
            .CountBy(w => w, StringComparer.Ordinal);
        connection.Execute(
            "INSERT INTO search_word (word, occurrences) VALUES (@Key, @Value)",
            words.Select(w => new { w.Key, w.Value }),
            transaction);

        // Merges the index's segments into one b-tree now, once, rather than at every query.
        connection.Execute("INSERT INTO search_section (search_section) VALUES ('optimize')", transaction: transaction);
    }
}
