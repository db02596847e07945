using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkAdvisor.Store.Tests.ComparisonStore;

/// <summary>Fixture content → a real SQLite file → read back through the store, as the site reads it, questionnaire included.</summary>
public sealed class ComparisonStoreRoundTripTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly Store.ComparisonStore _store;

    public ComparisonStoreRoundTripTests()
    {
        var database = new ContentDatabase(_directory.File("content.db"));
        var content = new ContentLoader(new MarkdownRenderer()).Load(TestPaths.FixtureContent).Content!;
        new ContentDatabaseBuilder(database, new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 30, 0, TimeSpan.Zero))).Build(content);
        _store = new Store.ComparisonStore(database);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void Store_lists_every_comparison_with_its_frameworks_in_order()
    {
        var comparisons = _store.ListComparisons();

        Assert.Equal(["trio", "duo"], comparisons.Select(c => c.Comparison.Slug));
        Assert.Equal(["Quill", "Lantern", "Harbor"], comparisons[0].Frameworks.Select(f => f.Title));
        Assert.Equal(3, comparisons[0].AspectCount);
        Assert.Equal(new DateOnly(2026, 10, 1), comparisons[0].Comparison.Updated);
    }

    [Fact]
    public void Store_reads_the_table_with_cells_in_framework_order()
    {
        var table = _store.GetTable(_store.FindComparison("trio")!);

        Assert.Equal(["speed", "admin", "community"], table.Rows.Select(r => r.Aspect.Slug));
        Assert.Equal(["None; add a plugin.", "Built in.", "Optional package."], table.Rows[1].CellsHtml);
        Assert.True(table.Rows[0].Aspect.InArticleTable);
        Assert.Equal("lantern", table.Rows[1].Aspect.Leans);
        Assert.Null(table.Rows[2].Aspect.Leans);
        Assert.Contains("How to read this comparison", table.OverviewHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_reads_an_aspect_side_by_side_with_previous_and_next()
    {
        var context = _store.FindComparison("trio")!;

        var first = _store.FindAspect(context, "speed")!;
        var middle = _store.FindAspect(context, "admin")!;
        var last = _store.FindAspect(context, "community")!;

        Assert.Equal(["quill", "lantern", "harbor"], first.Takes.Select(t => t.Framework.Slug));
        Assert.Contains("Quill answers quickly.", first.Takes[0].BodyHtml, StringComparison.Ordinal);
        Assert.Null(first.Previous);
        Assert.Equal("admin", first.Next!.Slug);
        Assert.Equal(("speed", "community"), (middle.Previous!.Slug, middle.Next!.Slug));
        Assert.Null(last.Next);
        Assert.Equal(["lantern-needs-admin"], middle.RulesCitingIt.Select(r => r.Id));
        Assert.Null(_store.FindAspect(context, "pricing"));
    }

    [Fact]
    public void Store_reads_a_framework_with_its_cells_and_the_rules_that_favour_it()
    {
        var context = _store.FindComparison("trio")!;

        var lantern = _store.FindFramework(context, "lantern")!;

        Assert.Equal(["Speed", "Admin", "Community"], lantern.AtAGlance.Select(c => c.Aspect.Title));
        Assert.Equal("Built in.", lantern.AtAGlance[1].CellHtml);
        Assert.Equal(["lantern-needs-admin"], lantern.RecommendedWhen.Select(r => r.Id));
        Assert.Null(_store.FindFramework(context, "kettle"));
    }

    [Fact]
    public void Store_reads_a_frameworks_body_as_its_sections_in_order()
    {
        var lantern = _store.FindFramework(_store.FindComparison("trio")!, "lantern")!;

        Assert.Equal([("what-it-is", "What it is"), ("why-pick-it", "Why pick it")], lantern.Sections.Select(s => (s.Anchor, s.Heading)));
        Assert.Contains("Lantern ships an admin panel", lantern.Sections[0].BodyHtml, StringComparison.Ordinal);
        Assert.Contains("ready on day one", lantern.Sections[1].BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Store_reads_faq_recommendations_and_sources()
    {
        var context = _store.FindComparison("trio")!;

        Assert.Equal(["Which one is best?", "Can I switch later?"], _store.GetFaq(context).Entries.Select(e => e.Question));
        var rules = _store.GetRecommendations(context).Rules;
        Assert.Equal("/compare/trio/aspects/admin#lantern", rules[1].Cites);
        Assert.NotNull(rules[1].EditorNoteHtml);
        var sources = _store.GetSources(context);
        Assert.Equal(2, sources.EditorNotes.Count);
        Assert.Equal("2026-11-01T09:30:00.0000000+00:00", sources.Import!.ImportedAt);
    }

    [Fact]
    public void Store_lists_every_page_once_for_the_sitemap()
    {
        var pages = _store.ListPages().Select(p => p.Path).ToList();

        Assert.Equal(pages.Count, pages.Distinct().Count());
        Assert.Contains("/", pages);
        Assert.Contains("/compare/trio/frameworks/harbor", pages);
        Assert.Contains("/compare/duo/aspects/capacity", pages);
        Assert.Contains("/compare/duo/sources", pages);
        Assert.Contains("/compare/trio/choose", pages);
        // home + trio (table, 3 frameworks, 3 aspects, faq, recommendations, sources, chooser) + duo (1 + 2 + 1 + 3, no chooser)
        Assert.Equal(1 + 11 + 7, pages.Count);
    }

    [Fact]
    public void Store_answers_null_for_an_unknown_comparison()
    {
        Assert.Null(_store.FindComparison("quartet"));
    }

    [Fact]
    public void Store_reads_questions_in_page_order_with_their_groups_and_reasons()
    {
        var chooser = _store.FindChooser(_store.FindComparison("trio")!)!;

        Assert.Equal("Pick one for me", chooser.Questionnaire.Title);
        Assert.Equal(["parts", "admin", "undecided"], chooser.Questions.Select(q => q.Id));
        Assert.Equal(["Your project", "Your project", "You"],
            chooser.Questionnaire.Groups.SelectMany(g => g.Questions.Select(_ => g.Title)));
        Assert.Equal("The source says Lantern ships one.", chooser.Questions[1].Why);
    }

    [Fact]
    public void Store_reads_options_in_authored_order_and_the_rules_they_trigger()
    {
        var chooser = _store.FindChooser(_store.FindComparison("trio")!)!;

        Assert.Equal(["needed", "later"], chooser.FindQuestion("admin")!.Options.Select(o => o.Id));
        Assert.Equal(["admin/needed→lantern-needs-admin", "parts/pick→quill-pick-every-part", "undecided/yes→harbor-undecided"],
            chooser.Questions
                .SelectMany(q => q.Options.SelectMany(o => o.RuleIds.Select(ruleId => $"{q.Id}/{o.Id}→{ruleId}")))
                .Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Store_reads_each_rule_with_its_points_tie_break_and_plain_text()
    {
        var rules = _store.FindChooser(_store.FindComparison("trio")!)!.Rules;

        Assert.Equal([2, 1, 1], rules.Select(r => r.Points));
        Assert.Equal([false, false, true], rules.Select(r => r.IsTieBreak));
        Assert.Equal("You want to choose every part yourself.", rules[0].WhenText);
    }

    [Fact]
    public void Store_gives_each_rule_the_title_of_the_aspect_it_cites_so_pages_need_no_lookup()
    {
        var rules = _store.FindChooser(_store.FindComparison("trio")!)!.Rules;

        Assert.All(rules, rule => Assert.Equal(
            _store.ListPages().SingleOrDefault(p => p.Path == rule.CitedPath && p.Path.Contains("/aspects/", StringComparison.Ordinal))?.Title,
            rule.CitedAspectTitle));
        Assert.Contains(rules, rule => rule.CitedAspectTitle is not null);
    }

    [Fact]
    public void A_comparison_without_a_questionnaire_has_no_chooser_and_no_chooser_page()
    {
        Assert.Null(_store.FindChooser(_store.FindComparison("duo")!));
        Assert.DoesNotContain(_store.ListPages(), p => p.Path == SitePaths.Chooser("duo"));
        Assert.Contains(_store.ListPages(), p => p.Path == SitePaths.Chooser("trio"));
    }
}
