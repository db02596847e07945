namespace FrameworkAdvisor.Store.Search;

/// <summary>
/// What a search found. <see cref="DidYouMean"/> is set when the words as typed matched nothing and the site's own
/// vocabulary had a near spelling; <see cref="Hits"/> are then that spelling's. <see cref="MatchesAnyWord"/> says no
/// place had every word, so the hits have some of them. The hits come page by page, best page first.
/// </summary>
public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int Total, SearchQuery? DidYouMean, bool MatchesAnyWord)
{
    public static SearchResults Nothing(SearchQuery query) => new(query, [], 0, null, false);

    /// <summary>The words the hits are for: the correction when there is one.</summary>
    public SearchQuery Searched => DidYouMean ?? Query;

    /// <summary>The hits of each page together, in the order of their best hit.</summary>
    public IReadOnlyList<SearchPageHits> Pages =>
        [.. Hits.GroupBy(hit => hit.Path, StringComparer.Ordinal).Select(page => new SearchPageHits(page.First().PageTitle, page.Key, page.First().ComparisonTitle, [.. page]))];
}

/// <summary>One page's hits: the page itself and the sections of it that matched.</summary>
public sealed record SearchPageHits(string PageTitle, string Path, string ComparisonTitle, IReadOnlyList<SearchHit> Hits);

/// <summary>One place that matched: where it is, its titles, and a snippet of its text around the matched words.</summary>
public sealed record SearchHit(string ComparisonTitle, string PageTitle, MarkedText SectionTitle, MarkedText Snippet, string Path, string Anchor)
{
    /// <summary>The page, or the section on it.</summary>
    public string Url => Anchor.Length == 0 ? Path : $"{Path}#{Anchor}";

    /// <summary>Whether the hit is a section of its page rather than the page as a whole.</summary>
    public bool IsSection => Anchor.Length > 0;

    /// <summary>"Page › Section" for a section, the page's title alone for the page.</summary>
    public string Title => IsSection ? $"{PageTitle} › {SectionTitle.Text}" : SectionTitle.Text;
}

/// <summary>Plain text in runs, some marked as matching the query; whoever shows it escapes each run.</summary>
public sealed record MarkedText(IReadOnlyList<TextRun> Runs)
{
    /// <summary>SQLite's highlight() and snippet() put these around each match; indexed text never contains them.</summary>
    internal const char Open = '\u0002';
    internal const char Close = '\u0003';

    public string Text => string.Concat(Runs.Select(r => r.Text));

    internal static MarkedText Parse(string marked)
    {
        var runs = new List<TextRun>();
        var rest = marked.AsSpan();
        while (rest.Length > 0)
        {
            var open = rest.IndexOf(Open);
            if (open < 0)
            {
                runs.Add(new TextRun(rest.ToString(), false));
                break;
            }

            if (open > 0)
            {
                runs.Add(new TextRun(rest[..open].ToString(), false));
            }

            rest = rest[(open + 1)..];
            var close = rest.IndexOf(Close);
            var match = close < 0 ? rest : rest[..close];
            runs.Add(new TextRun(match.ToString(), true));
            rest = close < 0 ? [] : rest[(close + 1)..];
        }

        return new MarkedText(runs);
    }
}

public sealed record TextRun(string Text, bool IsMatch);
