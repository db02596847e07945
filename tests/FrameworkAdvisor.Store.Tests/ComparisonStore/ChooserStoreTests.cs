using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkAdvisor.Store.Tests.ComparisonStore;

/// <summary>The questionnaire and rule weights survive the trip through SQLite in the order authors wrote them.</summary>
public sealed class ChooserStoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly Store.ComparisonStore _store;

    public ChooserStoreTests()
    {
        var database = new ContentDatabase(_directory.File("content.db"));
        var content = new ContentLoader(new MarkdownRenderer()).Load(TestPaths.FixtureContent).Content!;
        new ContentDatabaseBuilder(database, new FakeTimeProvider()).Build(content);
        _store = new Store.ComparisonStore(database);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Store_reads_questions_in_page_order_with_their_groups_and_reasons()
    {
        var chooser = _store.FindChooser(_store.FindComparison("trio")!)!;

        Assert.Equal("Pick one for me", chooser.Title);
        Assert.Equal(["parts", "admin", "undecided"], chooser.Questions.Select(q => q.QuestionId));
        Assert.Equal(["Your project", "Your project", "You"], chooser.Questions.Select(q => q.GroupTitle));
        Assert.Equal("The source says Lantern ships one.", chooser.Questions[1].Why);
    }

    [Fact]
    public void Store_reads_options_in_authored_order_and_the_rules_they_trigger()
    {
        var chooser = _store.FindChooser(_store.FindComparison("trio")!)!;

        Assert.Equal(["needed", "later"], chooser.Options.Where(o => o.QuestionId == "admin").Select(o => o.OptionId));
        Assert.Equal(["admin/needed→lantern-needs-admin", "parts/pick→quill-pick-every-part", "undecided/yes→harbor-undecided"],
            chooser.OptionRules.Select(r => $"{r.QuestionId}/{r.OptionId}→{r.RuleId}").Order(StringComparer.Ordinal));
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
    public void A_comparison_without_a_questionnaire_has_no_chooser_and_no_chooser_page()
    {
        Assert.Null(_store.FindChooser(_store.FindComparison("duo")!));
        Assert.DoesNotContain(_store.ListPages(), p => p.Path == SitePaths.Chooser("duo"));
        Assert.Contains(_store.ListPages(), p => p.Path == SitePaths.Chooser("trio"));
    }
}
