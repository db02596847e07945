using FrameworkAdvisor.Recommendations.Tests.ShareLinks;
using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Teams;

/// <summary>"What would settle it": disputed questions whose agreed answer would change the team's recommendation.</summary>
public sealed class SettleTests
{
    private static readonly TeamRecommender Team = new(new RecommendationEngine(Pair()));

    [Fact]
    public void A_disputed_question_that_decides_says_what_each_agreed_answer_would_give()
    {
        // By hand: Ana size=small, admin=yes → quill 2, lantern 3; Bob size=small, admin=no → quill 5. Team quill 7,
        // lantern 3: Quill. If both answered admin=yes: quill 4, lantern 6 → Lantern (1 change, Bob's).
        // If both answered admin=no: quill 10 → Quill. Size is agreed, so it is not offered.
        var result = Team.Recommend([new("Ana", Answers("size=small", "admin=yes")), new("Bob", Answers("size=small", "admin=no"))]);

        var settle = Assert.Single(result.Settle);
        Assert.Equal("admin", settle.Question.Id);
        Assert.Equal(
            [("yes", 1, "lantern", true), ("no", 1, "quill", false)],
            settle.Outcomes.Select(o => (o.Option.Id, o.Changes, o.Recommended.Slug, o.ChangesOutcome)));
        Assert.Equal(1, settle.FewestChanges);
    }

    [Fact]
    public void Every_suggestion_really_changes_the_outcome_and_the_first_needs_the_fewest_changes()
    {
        var sets = ShareLinkRoundTripTests.AllAnswerSets(Pair()).Where(s => s.Count >= 3).Where((_, i) => i % 2 == 0).ToList();
        var checkedSuggestions = 0;
        for (var i = 0; i + 2 < sets.Count; i += 3)
        {
            TeamMember[] members = [new("A", sets[i]), new("B", sets[i + 1]), new("C", sets[i + 2])];
            var result = Team.Recommend(members);
            var fewest = int.MaxValue;
            foreach (var spread in result.Questions.Where(q => !q.Agreed))
            {
                foreach (var option in spread.Chosen)
                {
                    var agreed = Team.Recommend([.. members.Select(m => m with { Answers = m.Answers.With(spread.Question.Id, option.Id) })]);
                    if (agreed.Team.Recommended != result.Team.Recommended)
                    {
                        fewest = Math.Min(fewest, members.Count(m => m.Answers.OptionFor(spread.Question.Id) != option.Id));
                    }
                }
            }

            foreach (var suggestion in result.Settle)
            {
                foreach (var outcome in suggestion.Outcomes)
                {
                    var agreed = Team.Recommend([.. members.Select(m => m with { Answers = m.Answers.With(suggestion.Question.Id, outcome.Option.Id) })]);
                    Assert.Equal(outcome.Recommended, agreed.Team.Recommended);
                    Assert.Equal(outcome.ChangesOutcome, agreed.Team.Recommended != result.Team.Recommended);
                    checkedSuggestions++;
                }

                Assert.Contains(suggestion.Outcomes, o => o.ChangesOutcome);
                Assert.False(result.Questions.Single(q => q.Question == suggestion.Question).Agreed);
            }

            Assert.Equal(fewest == int.MaxValue ? (int?)null : fewest, result.Settle.Count == 0 ? (int?)null : result.Settle[0].FewestChanges);
            Assert.Equal(result.Settle.Select(s => s.FewestChanges).Order(), result.Settle.Select(s => s.FewestChanges));
        }

        Assert.True(checkedSuggestions > 20, $"only {checkedSuggestions} suggestions were checked");
    }

    [Fact]
    public void A_team_that_agrees_on_everything_has_nothing_to_settle()
    {
        var answers = Answers("size=small", "admin=yes", "parts=no");

        Assert.Empty(Team.Recommend([new("A", answers), new("B", answers)]).Settle);
    }
}
