using FrameworkAdvisor.TestSupport;
using static FrameworkAdvisor.Content.Tests.ContentLoader.LoaderAssertions;

namespace FrameworkAdvisor.Content.Tests.ContentLoader;

/// <summary>One test per class of content error: each names the file and line an author must fix.</summary>
public sealed class ContentLoaderValidationTests : IDisposable
{
    private const string Speed = "compare/trio/aspects/speed.md";
    private const string Rules = "compare/trio/recommendations.md";
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Loader_reports_missing_required_key_with_file_and_line()
    {
        _content.Replace(Speed, "summary: How quickly each toolkit answers a request.\n", "");

        SingleErrorAt(_content, Speed, 2, "missing required key 'summary'");
    }

    [Fact]
    public void Loader_reports_unknown_key_and_suggests_the_nearest_known_one()
    {
        _content.Replace(Speed, "weight: 10", "wieght: 10");

        var error = SingleErrorAt(_content, Speed, _content.LineOf(Speed, "wieght"), "unknown key 'wieght'");
        Assert.Contains("did you mean 'weight'?", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keywords: fast", "'keywords' must be a list")]
    [InlineData("keywords: [fast, \"!!\"]", "keyword '!!' has no letters or digits")]
    [InlineData("keywords: [fast, Fast]", "keyword 'Fast' is given twice")]
    [InlineData("keywords: [a keyword far longer than any reader would ever type]", "longer than 40 characters")]
    [InlineData("keywords: [a, b, c, d, e, f, g, h, i, j, k, l, m]", "'keywords' has 13 items; give at most 12")]
    public void Loader_reports_a_bad_search_keyword_with_file_and_line(string keywords, string message)
    {
        _content.Replace(Speed, "weight: 10", "weight: 10\n" + keywords);

        SingleErrorAt(_content, Speed, _content.LineOf(Speed, "keywords"), message);
    }

    [Fact]
    public void Loader_reports_unknown_key_inside_a_rule()
    {
        _content.Replace(Rules, "    article: The source's closing line.", "    article: The source's closing line.\n    wheight: 3");

        SingleErrorAt(_content, Rules, _content.LineOf(Rules, "wheight"), "unknown key 'wheight'");
    }

    [Fact]
    public void Loader_reports_duplicate_aspect_slug_with_file_and_line()
    {
        _content.Replace("compare/trio/aspects/admin.md", "title: Admin", "title: Admin\nslug: speed");

        var error = SingleErrorAt(_content, "compare/trio/aspects/admin.md", 3, "duplicate aspect slug 'speed'");
        Assert.Contains("content/compare/trio/aspects/speed.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_duplicate_comparison_slug()
    {
        _content.Replace("compare/duo/_index.md", "title: Kettle vs Teapot", "title: Kettle vs Teapot\nslug: trio");

        SingleErrorAt(_content, "compare/duo/_index.md", 3, "duplicate comparison slug 'trio'");
    }

    [Fact]
    public void Loader_reports_duplicate_rule_id_with_the_first_line()
    {
        _content.Replace(Rules, "  - id: harbor-undecided", "  - id: quill-pick-every-part # the copy");

        var error = SingleErrorAt(_content, Rules, _content.LineOf(Rules, "# the copy"), "duplicate rule id 'quill-pick-every-part'");
        Assert.Contains($"first used on line {_content.LineOf(Rules, "- id: quill-pick-every-part")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_cell_for_unknown_framework()
    {
        _content.Replace(Speed, "  harbor: Somewhere in between.", "  harbor: Somewhere in between.\n  habour: A typo.");

        var error = SingleErrorAt(_content, Speed, _content.LineOf(Speed, "habour"), "cell for unknown framework 'habour'");
        Assert.Contains("did you mean 'harbor'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_missing_cell_for_a_framework()
    {
        _content.Replace(Speed, "  harbor: Somewhere in between.\n", "");

        SingleErrorAt(_content, Speed, _content.LineOf(Speed, "cells:"), "no cell for framework 'harbor'");
    }

    [Fact]
    public void Loader_reports_empty_cell()
    {
        _content.Replace(Speed, "  lantern: Slower, because it does more per request.", "  lantern:");

        SingleErrorAt(_content, Speed, _content.LineOf(Speed, "  lantern:"), "empty cell for 'lantern'");
    }

    [Fact]
    public void Loader_reports_rule_favouring_unknown_framework()
    {
        _content.Replace(Rules, "    favours: harbor", "    favours: harbour");

        SingleErrorAt(_content, Rules, _content.LineOf(Rules, "favours: harbour"), "favours unknown framework 'harbour'");
    }

    [Fact]
    public void Loader_reports_lean_towards_unknown_framework()
    {
        _content.Replace(Speed, "leans: quill", "leans: feather");

        SingleErrorAt(_content, Speed, _content.LineOf(Speed, "leans: feather"), "'leans' names unknown framework 'feather'");
    }

    [Fact]
    public void Loader_reports_rule_citing_an_unknown_aspect()
    {
        _content.Replace(Rules, "/compare/trio/aspects/admin#lantern", "/compare/trio/aspects/admn#lantern");

        var error = SingleErrorAt(_content, Rules, _content.LineOf(Rules, "aspects/admn"), "unknown aspect 'admn'");
        Assert.Contains("did you mean 'admin'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_link_to_an_unknown_rule()
    {
        _content.Replace("compare/trio/faq.md", "[recommendations](/compare/trio/recommendations)", "[recommendations](/compare/trio/recommendations#harbor-undecidd)");

        var error = SingleErrorAt(_content, "compare/trio/faq.md", _content.LineOf("compare/trio/faq.md", "harbor-undecidd"), "unknown rule 'harbor-undecidd'");
        Assert.Contains("did you mean 'harbor-undecided'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_link_to_an_unknown_framework_page()
    {
        _content.Replace("compare/trio/_index.md", "/compare/trio/aspects/speed)", "/compare/trio/frameworks/quil)");

        SingleErrorAt(_content, "compare/trio/_index.md", _content.LineOf("compare/trio/_index.md", "frameworks/quil)"), "unknown framework 'quil'");
    }

    [Fact]
    public void Loader_reports_link_to_a_missing_anchor()
    {
        _content.Replace("compare/trio/frameworks/quill.md", "aspects/speed#quill", "aspects/speed#feather");

        SingleErrorAt(_content, "compare/trio/frameworks/quill.md", _content.LineOf("compare/trio/frameworks/quill.md", "#feather"), "anchor '#feather'");
    }

    [Fact]
    public void Loader_reports_link_to_a_page_that_does_not_exist()
    {
        _content.Replace("compare/trio/_index.md", "/compare/trio#table", "/about-us");

        SingleErrorAt(_content, "compare/trio/_index.md", _content.LineOf("compare/trio/_index.md", "/about-us"), "points to no page");
    }

    [Fact]
    public void Loader_reports_relative_links_which_would_break_when_pages_move()
    {
        _content.Replace("compare/trio/_index.md", "/compare/trio#table", "aspects/speed.md");

        SingleErrorAt(_content, "compare/trio/_index.md", _content.LineOf("compare/trio/_index.md", "aspects/speed.md"), "must be a site path");
    }

    [Fact]
    public void Loader_reports_invalid_yaml_at_its_line()
    {
        _content.Replace(Speed, "weight: 10", "weight: 10\n  indented: wrongly");

        SingleErrorAt(_content, Speed, _content.LineOf(Speed, "indented: wrongly"), "not valid YAML");
    }

    [Fact]
    public void Loader_reports_yaml_that_the_parser_cannot_place_instead_of_crashing()
    {
        _content.Replace(Speed, "weight: 10", "weight: [10");

        SingleErrorAt(_content, Speed, 2, "unclosed '['");
    }

    [Fact]
    public void Loader_reports_values_of_the_wrong_type()
    {
        _content.Replace(Speed, "weight: 10", "weight: ten").Replace("compare/trio/_index.md", "updated: 2026-10-01", "updated: 1 October");

        SingleErrorAt(_content, Speed, _content.LineOf(Speed, "weight: ten"), "'weight' must be a whole number");
        SingleErrorAt(_content, "compare/trio/_index.md", _content.LineOf("compare/trio/_index.md", "updated:"), "YYYY-MM-DD");
    }

    [Fact]
    public void Loader_reports_a_section_heading_that_is_not_a_framework()
    {
        _content.Replace(Speed, "## Harbor", "## Harbour");

        var error = SingleErrorAt(_content, Speed, _content.LineOf(Speed, "## Harbour"), "heading 'Harbour' is not a framework");
        Assert.Contains("did you mean 'Harbor'?", error.Message, StringComparison.Ordinal);
        SingleErrorAt(_content, Speed, 2, "no '## Harbor' section");
    }

    [Fact]
    public void Loader_reports_a_file_without_front_matter()
    {
        _content.Write("compare/trio/aspects/routing.md", "# Routing\n\nNo front matter here.\n");

        SingleErrorAt(_content, "compare/trio/aspects/routing.md", 1, "missing front matter");
    }

    [Fact]
    public void Loader_reports_an_unknown_custom_block()
    {
        _content.Replace("compare/trio/_index.md", "::: editor-note", "::: warning");

        SingleErrorAt(_content, "compare/trio/_index.md", _content.LineOf("compare/trio/_index.md", "::: warning"), "unknown block '::: warning'");
    }

    [Fact]
    public void Loader_reports_images_because_the_site_loads_nothing_from_elsewhere()
    {
        _content.Replace("compare/trio/frameworks/lantern.md", "Lantern ships", "![logo](https://example.com/logo.png) Lantern ships");

        SingleErrorAt(_content, "compare/trio/frameworks/lantern.md", _content.LineOf("compare/trio/frameworks/lantern.md", "![logo]"), "images are not supported");
    }

    [Fact]
    public void Loader_reports_images_in_table_cells_too()
    {
        _content.Replace(Speed, "  harbor: Somewhere in between.", "  harbor: \"In between, see ![chart](https://example.com/chart.png)\"");

        SingleErrorAt(_content, Speed, _content.LineOf(Speed, "![chart]"), "images are not supported");
    }

    [Fact]
    public void Loader_reports_markdown_files_it_would_otherwise_ignore()
    {
        _content.Write("compare/trio/aspect/typo-folder.md", "---\ntitle: Lost\n---\n");

        SingleErrorAt(_content, "compare/trio/aspect/typo-folder.md", 1, "the site does not read this file");
    }

    [Fact]
    public void Loader_reports_a_missing_required_file()
    {
        _content.Delete("compare/trio/faq.md");

        SingleErrorAt(_content, "compare/trio/faq.md", 1, "missing faq.md");
    }

    [Fact]
    public void Loader_rejects_a_comparison_with_fewer_than_two_frameworks()
    {
        _content.Delete("compare/duo/frameworks/teapot.md");

        SingleErrorAt(_content, "compare/duo/_index.md", 1, "at least two frameworks");
    }

    [Fact]
    public void Loader_rejects_a_comparison_without_aspects()
    {
        _content.Delete("compare/duo/aspects/capacity.md");

        SingleErrorAt(_content, "compare/duo/_index.md", 1, "a comparison needs at least one aspect in aspects/");
    }

    [Fact]
    public void Loader_reports_a_slug_that_is_not_url_safe()
    {
        _content.Replace("compare/trio/aspects/admin.md", "title: Admin", "title: Admin\nslug: Admin Panel");

        SingleErrorAt(_content, "compare/trio/aspects/admin.md", 3, "slug 'Admin Panel' must be lower-case");
    }

    [Fact]
    public void Loader_reports_every_error_in_one_pass()
    {
        _content
            .Replace(Speed, "weight: 10", "weight: ten")
            .Replace("compare/trio/aspects/admin.md", "  harbor: Optional package.", "  harbor:")
            .Replace("compare/duo/recommendations.md", "favours: kettle", "favours: ketle")
            .Delete("compare/trio/sources.md");

        var result = Load(_content.Directory);

        Assert.False(result.Succeeded);
        Assert.Null(result.Content);
        Assert.Contains(result.Errors, e => e.File.EndsWith("speed.md", StringComparison.Ordinal) && e.Message.Contains("whole number", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File.EndsWith("admin.md", StringComparison.Ordinal) && e.Message.Contains("empty cell", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File.EndsWith("duo/recommendations.md", StringComparison.Ordinal) && e.Message.Contains("ketle", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File.EndsWith("trio/sources.md", StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Matches(@"^content/compare/.+\.md:\d+: .+", e.ToString()));
    }
}
