using FrameworkAdvisor.Recommendations.Tests.ShareLinks;
using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Teams;

/// <summary>A team's score is its members' scores added up, and it is judged as one person's result is.</summary>
public sealed class TeamScoringTests
{
    private static readonly RecommendationEngine Engine = new(Pair());
    private static readonly TeamRecommender Team = new(Engine);

    [Fact]
    public void The_team_score_for_each_framework_is_the_sum_of_the_members_scores()
    {
        // By hand: Ana size=small (quill 2), admin=yes! (lantern 3 × 2) → quill 2, lantern 6.
        // Bob parts=yes (quill 3), team=solo (quill 1) → quill 4, lantern 0. The team: quill 6, lantern 6.
        var ana = new TeamMember("Ana", Answers("size=small", "admin=yes").WithImportance("admin", matters: true));
        var bob = new TeamMember("Bob", Answers("parts=yes", "team=solo"));

        var result = Team.Recommend([ana, bob]);

        Assert.Equal([6, 6], result.Team.Scores.Select(s => s.Points));
        Assert.Equal(12, result.Team.TotalPoints);
        // Level at the top: the tie-break rule (quill-learn-first) favours Quill, as it would for one person.
        Assert.Equal(Quill, result.Team.Recommended);
        Assert.Equal(DecidedBy.TieBreak, result.Team.DecidedBy);
        Assert.Equal(Confidence.TossUp, result.Team.Confidence);
        Assert.Equal([Lantern, Quill], result.Members.Select(m => m.Result.Recommended));
    }

    [Fact]
    public void Summing_matches_the_engine_for_every_pair_of_answer_sets_in_a_sample()
    {
        var sets = ShareLinkRoundTripTests.AllAnswerSets(Pair()).Where(s => !s.IsEmpty).Where((_, i) => i % 17 == 0).ToList();
        foreach (var first in sets.Take(12))
        {
            foreach (var second in sets)
            {
                var expected = ((Recommendation)Engine.Recommend(first)).Scores.Zip(((Recommendation)Engine.Recommend(second)).Scores, (a, b) => a.Points + b.Points);

                var team = Team.Recommend([new("A", first), new("B", second)]);

                Assert.Equal(expected, team.Team.Scores.Select(s => s.Points));
            }
        }
    }

    [Fact]
    public void A_team_of_one_person_agreeing_with_themselves_gets_that_persons_result()
    {
        foreach (var answers in ShareLinkRoundTripTests.AllAnswerSets(Pair()).Where(s => !s.IsEmpty))
        {
            var alone = (Recommendation)Engine.Recommend(answers);

            var team = Team.Recommend([new("Ana", answers), new("Ana again", answers)]).Team;

            var what = $"{answers}: alone {alone.Recommended.Slug} {alone.DecidedBy} {alone.Confidence}, team {team.Recommended.Slug} {team.DecidedBy} {team.Confidence}";
            Assert.True(alone.Recommended == team.Recommended && alone.DecidedBy == team.DecidedBy && alone.Confidence == team.Confidence, what);
            Assert.Equal(alone.Scores.Select(s => s.Share), team.Scores.Select(s => s.Share));
        }
    }

    [Fact]
    public void Questions_show_who_answered_what_and_agree_unless_two_members_chose_differently()
    {
        var result = Team.Recommend(
        [
            new("Ana", Answers("size=small", "admin=yes").WithImportance("admin", matters: true)),
            new("Bob", Answers("size=large", "admin=yes")),
            new("", Answers("admin=yes")),
        ]);

        var size = result.Questions.Single(q => q.Question.Id == "size");
        var admin = result.Questions.Single(q => q.Question.Id == "admin");
        var learning = result.Questions.Single(q => q.Question.Id == "learning");
        Assert.False(size.Agreed);
        Assert.Equal(["small", "large", null], size.Answers.Select(a => a.Option?.Id));
        Assert.True(admin.Agreed);
        Assert.Equal([true, false, false], admin.Answers.Select(a => a.Important));
        Assert.True(learning.NobodyAnswered);
        Assert.Equal("Member 3", result.Members[2].ShownName);
    }

    [Fact]
    public void A_member_with_no_answers_or_a_team_over_the_limit_is_a_programming_error()
    {
        var member = new TeamMember("A", Answers("size=small"));

        Assert.Throws<ArgumentException>(() => Team.Recommend([member, new TeamMember("B", AnswerSet.Empty)]));
        Assert.Throws<ArgumentException>(() => Team.Recommend([.. Enumerable.Repeat(member, TeamLimits.MaxMembers + 1)]));
        Assert.Throws<ArgumentException>(() => Team.Recommend([]));
    }

    [Fact]
    public void The_same_members_in_the_same_order_always_give_an_equal_result()
    {
        TeamMember[] members = [new("Ana", Answers("size=small", "team=many")), new("Bob", Answers("size=large", "parts=yes"))];

        Assert.Equal(Team.Recommend(members), new TeamRecommender(new RecommendationEngine(Pair())).Recommend(members));
    }
}
