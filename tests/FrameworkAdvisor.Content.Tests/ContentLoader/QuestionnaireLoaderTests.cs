using FrameworkAdvisor.TestSupport;
using static FrameworkAdvisor.Content.Tests.ContentLoader.LoaderAssertions;

namespace FrameworkAdvisor.Content.Tests.ContentLoader;

/// <summary>What questionnaire.md and the rules' weights turn into, and each mistake an author can make in them.</summary>
public sealed class QuestionnaireLoaderTests : IDisposable
{
    private const string Questionnaire = "compare/trio/questionnaire.md";
    private const string Rules = "compare/trio/recommendations.md";
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Loader_reads_groups_questions_options_and_the_rules_each_option_triggers()
    {
        var questionnaire = LoadValid(TestPaths.FixtureContent).Comparisons[0].Questionnaire!;

        Assert.Equal("Pick one for me", questionnaire.Title);
        Assert.Equal(["Your project", "You"], questionnaire.Groups.Select(g => g.Title));
        Assert.Equal(["parts", "admin", "undecided"], questionnaire.Questions.Select(q => q.Id));
        var parts = questionnaire.Questions.First();
        Assert.Equal("Do you want to choose every part yourself?", parts.Text);
        Assert.Equal("The source sends people who pick their own parts to Quill.", parts.Why);
        Assert.Equal(["pick", "either"], parts.Options.Select(o => o.Id));
        Assert.Equal(["quill-pick-every-part"], parts.Options[0].RuleIds);
        Assert.Empty(parts.Options[1].RuleIds);
        Assert.Contains("href=\"/compare/trio/recommendations\"", questionnaire.IntroHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reads_rule_points_and_the_tie_break()
    {
        var rules = LoadValid(TestPaths.FixtureContent).Comparisons[0].Recommendations.Rules;

        Assert.Equal([2, 1, 1], rules.Select(r => r.Points));
        Assert.Equal(["harbor-undecided"], rules.Where(r => r.IsTieBreak).Select(r => r.Id));
    }

    [Fact]
    public void A_comparison_without_a_questionnaire_loads_without_a_chooser()
    {
        var duo = LoadValid(TestPaths.FixtureContent).Comparisons[1];

        Assert.Null(duo.Questionnaire);
    }

    [Fact]
    public void Loader_reports_an_option_naming_an_unknown_rule_with_a_suggestion()
    {
        _content.Replace(Questionnaire, "rules: [lantern-needs-admin]", "rules: [lantern-need-admin]");

        var error = SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "lantern-need-admin"), "unknown rule 'lantern-need-admin'");
        Assert.Contains("did you mean 'lantern-needs-admin'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_a_rule_that_no_option_triggers()
    {
        _content.Replace(Questionnaire, "            rules: [lantern-needs-admin]\n", "");

        SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "groups:"), "rule 'lantern-needs-admin' is not named by any option");
    }

    [Fact]
    public void A_question_left_out_for_a_missing_key_still_reaches_its_rules_so_the_mistake_is_reported_once()
    {
        _content.Replace(Questionnaire, "        why: The source says Lantern ships one.\n", "");

        var error = Assert.Single(Load(_content.Directory).Errors);
        Assert.Equal("missing required key 'why'", error.Message);
    }

    [Fact]
    public void Loader_reports_duplicate_question_ids_with_the_first_line()
    {
        _content.Replace(Questionnaire, "      - id: admin", "      - id: parts # again");

        var error = SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "# again"), "duplicate question id 'parts'");
        Assert.Contains($"first used on line {_content.LineOf(Questionnaire, "- id: parts")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_duplicate_option_ids_within_a_question()
    {
        _content.Replace(Questionnaire, "          - id: later", "          - id: needed # again");

        SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "# again"), "question 'admin' has two options with id 'needed'");
    }

    [Fact]
    public void Loader_reports_ids_that_cannot_appear_in_a_link()
    {
        _content.Replace(Questionnaire, "      - id: admin", "      - id: Admin Screen");

        SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "Admin Screen"), "question id 'Admin Screen' must be lower-case words");
    }

    [Fact]
    public void Loader_reports_a_question_with_a_single_option()
    {
        _content.Replace(Questionnaire, "          - id: later\n            label: Not yet\n", "");

        SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "why: The source says Lantern ships one.") + 1, "question 'admin' needs at least two options");
    }

    [Fact]
    public void Loader_reports_a_question_without_a_reason_for_asking()
    {
        _content.Replace(Questionnaire, "        why: The source says Lantern ships one.\n", "");

        SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "- id: admin"), "missing required key 'why'");
    }

    [Fact]
    public void Loader_reports_ids_so_long_that_a_shared_link_would_pass_200_characters()
    {
        var longId = string.Join('-', Enumerable.Repeat("answer", 26));
        _content.Replace(Questionnaire, "          - id: later", $"          - id: {longId}");

        var error = SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "groups:"), "a shared link would be");
        Assert.Contains("over the limit of 200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_ids_so_long_that_a_full_team_link_would_pass_2000_characters_though_a_shared_link_fits()
    {
        // 125 characters: a shared link of every longest answer is 189 characters, a team link of 12 such members 2,063.
        var longId = string.Join('-', Enumerable.Repeat("answer", 18));
        _content.Replace(Questionnaire, "          - id: later", $"          - id: {longId}");

        var error = SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "groups:"), "a team link with 12 members");
        Assert.Contains("would be 2063 characters, over the limit of 2000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loader_reports_a_rule_without_points_and_points_below_one()
    {
        _content.Replace(Rules, "    points: 2\n", "").Replace(Rules, "    points: 1\n    tie_break", "    points: 0\n    tie_break");

        SingleErrorAt(_content, Rules, _content.LineOf(Rules, "- id: quill-pick-every-part"), "missing required key 'points'");
        SingleErrorAt(_content, Rules, _content.LineOf(Rules, "points: 0"), "'points' must be a whole number of at least 1, not '0'");
    }

    [Fact]
    public void Loader_reports_more_than_one_tie_break_rule()
    {
        _content.Replace(Rules, "  - id: lantern-needs-admin\n", "  - id: lantern-needs-admin\n    tie_break: true\n");

        SingleErrorAt(_content, Rules, _content.LineOf(Rules, "rules:"), "only one rule may be the tie-break");
    }

    [Fact]
    public void Loader_reports_rules_written_as_a_mapping_instead_of_a_list()
    {
        _content.Replace(Questionnaire, "rules: [harbor-undecided]", "rules: {harbor-undecided: 1}");

        SingleErrorAt(_content, Questionnaire, _content.LineOf(Questionnaire, "{harbor-undecided: 1}"), "'rules' must be a list");
    }

    [Fact]
    public void Every_questionnaire_error_is_reported_in_one_pass()
    {
        _content.Replace(Questionnaire, "rules: [lantern-needs-admin]", "rules: [nope]")
            .Replace(Questionnaire, "        why: The source says Lantern ships one.\n", "")
            .Replace(Questionnaire, "      - id: undecided", "      - id: parts");

        var result = Load(_content.Directory);

        Assert.Contains(result.Errors, e => e.Message.Contains("unknown rule 'nope'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("missing required key 'why'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("duplicate question id 'parts'", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("rule 'lantern-needs-admin' is not named by any option", StringComparison.Ordinal));
    }
}
