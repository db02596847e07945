using FrameworkAdvisor.TestSupport;
using static FrameworkAdvisor.Content.Tests.ContentLoader.LoaderAssertions;

namespace FrameworkAdvisor.Content.Tests.ContentLoader;

/// <summary>The places a search can lead to, as the loader takes them from each page's Markdown.</summary>
public sealed class SearchSectionTests
{
    private const string Quill = "compare/trio/frameworks/quill.md";

    [Fact]
    public void A_heading_with_code_links_and_emphasis_gives_the_id_its_page_uses_and_its_plain_text()
    {
        using var content = ContentFolder.CopyOfFixture();
        content.Replace(Quill, "## What it is", "## Use `async` with [*fast* links](/compare/trio/aspects/speed) &amp; more");
        var trio = LoadValid(content.Directory).Comparisons[0];

        var section = Assert.Single(trio.SearchSections, s => s.Heading == "Use async with fast links & more");
        Assert.Equal(("/compare/trio/frameworks/quill", "use-async-with-fast-links--more"), (section.Path, section.Anchor));
        // The page folds its framework's body by '##' heading and puts each section's anchor on it: the same id.
        Assert.Equal((section.Anchor, section.Heading), (trio.Frameworks[0].Sections[0].Anchor, trio.Frameworks[0].Sections[0].Heading));
        Assert.Equal("Quill is a minimal toolkit. See its speed.", section.Text);
    }

    [Fact]
    public void Body_text_keeps_the_words_of_lists_tables_and_code_apart_and_drops_the_markup()
    {
        using var content = ContentFolder.CopyOfFixture();
        content.Replace(Quill, "You want to pick every part yourself.",
            "You pick **every** part:\n\n- one\n- two\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode\nblock\n```\n\n#### Small print\n\nEnd.");

        Assert.Equal("You pick every part: one two a b c d code\nblock Small print End.",
            Section(LoadValid(content.Directory), "/compare/trio/frameworks/quill", "why-pick-it").Text);
    }

    [Fact]
    public void Text_before_the_first_heading_joins_the_page_or_framework_section_after_its_summary_or_cell()
    {
        var content = LoadValid(TestPaths.FixtureContent);

        var overview = Section(content, "/compare/trio", "");
        Assert.Equal("Quill vs Lantern vs Harbor", overview.Heading);
        Assert.StartsWith("Three imaginary toolkits,", overview.Text, StringComparison.Ordinal);
        Assert.EndsWith("more than two subjects. Quill is small, Lantern is complete, and Harbor sits between them.", overview.Text, StringComparison.Ordinal);
        Assert.Equal("How quickly each toolkit answers a request. The source calls Quill the quickest. Speed matters less than you think.",
            Section(content, "/compare/trio/aspects/speed", "").Text);
        var quill = Section(content, "/compare/trio/aspects/speed", "quill");
        Assert.Equal(("Quill", "Fastest of the three, says the source. Quill answers quickly."), (quill.Heading, quill.Text));
        Assert.Equal("None were published.", Section(content, "/compare/trio/aspects/speed", "benchmarks").Text);
    }

    [Fact]
    public void An_editors_note_is_a_place_of_its_own_and_read_under_its_label_where_it_stands()
    {
        var content = LoadValid(TestPaths.FixtureContent);

        const string note = "The fixture's source claims Harbor is both the fastest and the slowest (see speed).";
        var own = Section(content, "/compare/trio", "editor-note-1");
        Assert.Equal(("Editor’s note", note), (own.Heading, own.Text));
        Assert.EndsWith("such as speed. Editor’s note " + note, Section(content, "/compare/trio", "how-to-read-this-comparison").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_follow_the_pages_in_the_order_the_site_lists_them_since_search_breaks_ties_by_it()
    {
        var trio = LoadValid(TestPaths.FixtureContent).Comparisons[0];

        var frameworkPages = trio.SearchSections.Select(s => s.Path).Where(p => p.Contains("/frameworks/", StringComparison.Ordinal)).Distinct();
        Assert.Equal(trio.Frameworks.Select(f => SitePaths.Framework("trio", f.Slug)), frameworkPages);
    }

    [Fact]
    public void A_pages_keywords_go_with_the_top_of_the_page_only()
    {
        using var content = ContentFolder.CopyOfFixture();
        content.Replace("compare/trio/aspects/admin.md", "summary: Whether an admin screen comes with the toolkit.",
            "summary: Whether an admin screen comes with the toolkit.\nkeywords: [back office, dashboard]");
        var loaded = LoadValid(content.Directory);

        var top = Section(loaded, "/compare/trio/aspects/admin", "");
        Assert.Equal(["back office", "dashboard"], top.Keywords);
        Assert.Equal(SearchPlace.Page, top.Place);
        Assert.All(loaded.Comparisons.SelectMany(c => c.SearchSections).Where(s => s != top), s => Assert.Empty(s.Keywords));
    }

    [Fact]
    public void Each_place_says_what_kind_it_is()
    {
        var content = LoadValid(TestPaths.FixtureContent);

        Assert.Equal(SearchPlace.Page, Section(content, "/compare/trio/aspects/speed", "").Place);
        Assert.Equal(SearchPlace.Heading, Section(content, "/compare/trio/aspects/speed", "quill").Place);
        Assert.Equal(SearchPlace.Heading, Section(content, "/compare/trio/faq", "can-i-switch-later").Place);
        Assert.Equal(SearchPlace.Item, Section(content, "/compare/trio/recommendations", "harbor-undecided").Place);
        Assert.Equal(SearchPlace.Item, Section(content, "/compare/trio/choose", "question-undecided").Place);
        Assert.Equal(SearchPlace.EditorNote, Section(content, "/compare/trio", "editor-note-1").Place);
    }

    private static SearchSection Section(ContentSet content, string path, string anchor) =>
        Assert.Single(content.Comparisons.SelectMany(c => c.SearchSections), s => s.Path == path && s.Anchor == anchor);
}
