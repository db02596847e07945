using FrameworkAdvisor.Content;
using FrameworkAdvisor.Store.Search;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Store.Tests.Search;

/// <summary>Fixture content → a real SQLite file with its search index → searched as the site searches it.</summary>
public sealed class ContentSearchTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();
    private readonly ContentDatabase _database;
    private readonly ContentSearch _search;

    public ContentSearchTests()
    {
        _database = new ContentDatabase(_directory.File("content.db"));
        Build();
        _search = new ContentSearch(_database);
    }

    public void Dispose()
    {
        _directory.Dispose();
        _content.Dispose();
    }

    [Fact]
    public void A_word_finds_the_section_that_uses_it_with_its_page_and_anchor()
    {
        var hit = Assert.Single(_search.Search("generates").Hits);

        Assert.Equal("/compare/trio/aspects/admin#lantern", hit.Url);
        Assert.Equal("Admin", hit.PageTitle);
        Assert.Equal("Lantern", hit.SectionTitle.Text);
        Assert.Equal("Quill vs Lantern vs Harbor", hit.ComparisonTitle);
    }

    [Fact]
    public void The_page_named_after_the_words_comes_before_pages_that_only_mention_them()
    {
        var hits = _search.Search("admin").Hits;

        Assert.Equal("/compare/trio/aspects/admin", hits[0].Url);
        Assert.Contains(hits, h => h.Url == "/compare/trio/choose#question-admin");
    }

    [Fact]
    public void A_questions_snippet_sets_its_answers_apart_as_the_questionnaire_lists_them()
    {
        var hit = Assert.Single(_search.Search("ships").Hits, h => h.Url == "/compare/trio/choose#question-admin");

        Assert.Equal("The source says Lantern ships one. Yes · Not yet", hit.Snippet.Text);
    }

    [Fact]
    public void The_start_of_a_word_finds_the_whole_word()
    {
        Assert.Equal("/compare/trio/aspects/admin", _search.Search("adm").Hits[0].Url);
    }

    [Fact]
    public void Other_forms_of_a_word_find_it()
    {
        // The content says "generates"; the porter stemmer gives both the same stem.
        Assert.Equal("/compare/trio/aspects/admin#lantern", Assert.Single(_search.Search("generated").Hits).Url);
    }

    [Fact]
    public void Every_word_must_match_when_some_place_has_them_all()
    {
        var results = _search.Search("lantern models");

        Assert.False(results.MatchesAnyWord);
        Assert.Equal(["/compare/trio/aspects/admin#lantern"], results.Hits.Select(h => h.Url));
    }

    [Fact]
    public void A_misspelling_is_corrected_from_the_sites_own_words_and_its_hits_shown()
    {
        var results = _search.Search("benchmraks");

        Assert.Equal("benchmarks", results.DidYouMean?.Text);
        Assert.Equal("/compare/trio/aspects/speed#benchmarks", results.Hits[0].Url);
    }

    [Fact]
    public void Words_with_no_near_spelling_find_nothing_and_suggest_nothing()
    {
        var results = _search.Search("xylophone");

        Assert.Empty(results.Hits);
        Assert.Null(results.DidYouMean);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void When_no_place_has_every_word_places_with_some_of_them_are_shown_and_say_so()
    {
        var results = _search.Search("generates xylophone");

        Assert.True(results.MatchesAnyWord);
        Assert.Equal("/compare/trio/aspects/admin#lantern", results.Hits[0].Url);
    }

    [Fact]
    public void Matched_words_are_marked_in_the_title_and_the_snippet()
    {
        var hit = _search.Search("generates").Hits[0];

        Assert.Equal([new TextRun("Lantern", false)], hit.SectionTitle.Runs);
        Assert.Contains(new TextRun("generates", true), hit.Snippet.Runs);
        Assert.Equal("Built in. Lantern generates one from your models.", hit.Snippet.Text);
    }

    [Fact]
    public void Questions_rules_faq_answers_and_editors_notes_are_found_at_their_anchors()
    {
        Assert.Contains(_search.Search("undecided").Hits, h => h.Url == "/compare/trio/choose#question-undecided");
        Assert.Contains(_search.Search("switch later").Hits, h => h.Url == "/compare/trio/faq#can-i-switch-later");
        Assert.Contains(_search.Search("cannot decide").Hits, h => h.Url == "/compare/trio/recommendations#harbor-undecided");
        Assert.Contains(_search.Search("editor").Hits, h => h.Url == "/compare/trio#editor-note-1");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(quill lantern")]
    [InlineData("NEAR(quill, 2)")]
    [InlineData("quill*")]
    [InlineData("*")]
    [InlineData("-quill")]
    [InlineData("quill AND OR NOT lantern")]
    [InlineData("AND")]
    [InlineData("((quill")]
    [InlineData("quill))")]
    [InlineData("section_title: quill")]
    [InlineData("{page_title body}: quill")]
    [InlineData("^quill")]
    [InlineData("quill + lantern")]
    [InlineData("'; DROP TABLE search_section; --")]
    [InlineData("\u0000\u0002quill\u0003\u001b[31m")]
    [InlineData("\u0301\u0301")]
    [InlineData("日本語のテキスト")]
    [InlineData("Ωμέγα עברית")]
    [InlineData("😀🔥👩‍💻\u202e")]
    [InlineData("")]
    [InlineData("   ")]
    public void Any_text_is_searched_as_words_and_never_reaches_the_query_language(string text)
    {
        var results = _search.Search(text);

        Assert.All(results.Query.Words, word => Assert.True(word.All(c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)));
    }

    [Fact]
    public void A_very_long_query_uses_its_first_words_only()
    {
        var results = _search.Search(string.Join(' ', Enumerable.Repeat("quill", 3).Concat(Enumerable.Range(0, 5_000).Select(i => $"w{i}"))));

        Assert.Equal(SearchQuery.MaxWords, results.Query.Words.Count);
        Assert.Equal("quill", results.Query.Words[0]);
    }

    [Fact]
    public void The_index_is_rebuilt_and_swapped_in_with_the_content()
    {
        Assert.Empty(_search.Search("zeppelin").Hits);

        _content.Replace("compare/trio/aspects/admin.md", "Lantern generates one from your models.", "Lantern generates a zeppelin.");
        Build();

        Assert.Equal("/compare/trio/aspects/admin#lantern", Assert.Single(_search.Search("zeppelin").Hits).Url);
        Assert.DoesNotContain(_search.Search("models").Hits, h => h.Url == "/compare/trio/aspects/admin#lantern");
    }

    [Fact]
    public void A_pages_keyword_brings_it_before_the_rule_and_question_whose_sentences_use_the_word()
    {
        Assert.NotEqual("/compare/trio/aspects/admin", _search.Search("screen").Hits[0].Url);

        _content.Replace("compare/trio/aspects/admin.md", "summary: Whether an admin screen comes with the toolkit.",
            "summary: Whether an admin screen comes with the toolkit.\nkeywords: [admin screen, back office]");
        Build();

        var hits = _search.Search("screen").Hits;
        Assert.Equal("/compare/trio/aspects/admin", hits[0].Url);
        Assert.Contains(hits, h => h.Url == "/compare/trio/recommendations#lantern-needs-admin");
        Assert.Equal("/compare/trio/aspects/admin", _search.Search("back office").Hits[0].Url);
    }

    [Fact]
    public void The_hits_of_one_page_come_together_and_the_page_is_listed_once()
    {
        var results = _search.Search("lantern");

        var runs = results.Hits.Select(h => h.Path).Aggregate(new List<string>(), (seen, path) =>
        {
            if (seen.Count == 0 || seen[^1] != path)
            {
                seen.Add(path);
            }

            return seen;
        });
        Assert.Equal(runs.Count, runs.Distinct().Count());
        Assert.Equal(runs, results.Pages.Select(p => p.Path));
        Assert.Equal(results.Hits, results.Pages.SelectMany(p => p.Hits));
    }

    [Fact]
    public void A_section_hit_is_titled_page_then_section_and_a_page_hit_by_its_title()
    {
        var hits = _search.Search("admin").Hits;

        Assert.Equal("Admin", hits.Single(h => h.Url == "/compare/trio/aspects/admin").Title);
        Assert.Equal("Admin › Lantern", _search.Search("generates").Hits[0].Title);
    }

    [Fact]
    public void No_two_hits_show_the_same_snippet()
    {
        // The overview's editor's note is also part of the section it stands in.
        var snippets = _search.Search("fastest slowest").Hits.Select(h => h.Snippet.Text).ToList();

        Assert.NotEmpty(snippets);
        Assert.Equal(snippets.Count, snippets.Distinct().Count());
    }

    [Fact]
    public void Corrections_come_from_the_words_of_the_content_being_served()
    {
        Assert.Null(_search.Search("zeplin").DidYouMean);

        _content.Replace("compare/trio/aspects/admin.md", "Lantern generates one from your models.", "Lantern generates a zeppelin.");
        Build();

        Assert.Equal("zeppelin", _search.Search("zeplin").DidYouMean?.Text);
    }

    private void Build() =>
        new ContentDatabaseBuilder(_database, TimeProvider.System).Build(new ContentLoader(new MarkdownRenderer()).Load(_content.Directory).Content!);
}
