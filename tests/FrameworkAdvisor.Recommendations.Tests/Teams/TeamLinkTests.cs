using static FrameworkAdvisor.Recommendations.Tests.Choosers;

namespace FrameworkAdvisor.Recommendations.Tests.Teams;

/// <summary>A team link brings back its members, in order, with their names and answers; it refuses what is not one of ours.</summary>
public sealed class TeamLinkTests
{
    private static readonly TeamLinkCodec Codec = new(new ShareLinkCodec(Pair()));

    [Fact]
    public void A_link_names_the_members_then_gives_each_question_once_with_every_members_answer_in_order()
    {
        TeamMember[] team =
        [
            new("Ana", Answers("size=small", "admin=yes").WithImportance("admin", matters: true)),
            new("Bo B", Answers("admin=no")),
            new("", Answers("admin=no", "team=solo")),
        ];

        Assert.Equal("_m=Ana&_m=Bo%20B&_m=&admin=!yes.no.no&size=small&team=..solo", Codec.Encode(team));
    }

    [Fact]
    public void Teams_survive_a_round_trip_with_names_answers_marks_and_order()
    {
        var sets = ShareLinks.ShareLinkRoundTripTests.AllAnswerSets(Pair()).Where(s => !s.IsEmpty).Where((_, i) => i % 11 == 0).ToList();
        for (var i = 0; i + 3 < sets.Count; i += 4)
        {
            TeamMember[] team =
            [
                new("Zoë & <b>", sets[i].WithImportance(sets[i].Pairs.First().Key, matters: true)),
                new("", sets[i + 1]), new("李", sets[i + 2]), new("a.b=c&d", sets[i + 3]),
            ];

            var decoded = Codec.Decode(Pairs(Codec.Encode(team)));

            Assert.True(decoded.IsClean, string.Join("; ", decoded.Ignored));
            Assert.Equal(team, decoded.Members.Select(m => new TeamMember(m.Name, m.Answers.Answers)));
        }
    }

    [Fact]
    public void Twelve_members_who_answered_and_marked_everything_fit_in_the_limit()
    {
        var everything = Pair().Questions.Aggregate(AnswerSet.Empty, (set, q) => set.With(q.Id, q.Options.OrderByDescending(o => o.Id.Length).First().Id).WithImportance(q.Id, true));
        var team = Enumerable.Range(0, TeamLimits.MaxMembers).Select(i => new TeamMember(new string('n', TeamLimits.MaxNameLength), everything)).ToList();

        var link = Codec.Encode(team);

        Assert.True(link.Length < TeamLinkCodec.MaxLength / 2, $"{link.Length} characters");
        Assert.Equal(TeamLimits.MaxMembers, Codec.Decode(Pairs(link)).Members.Count);
    }

    [Theory]
    [InlineData("admin=yes", TeamLinkCodec.NoMembers)]
    [InlineData("_m=" + "abcdefghijklmnopqrstuvwxy&admin=yes", "longer than 24")]
    [InlineData("_m=a%07b&admin=yes", "control characters")]
    [InlineData("_m=a%0Ab&admin=yes", "control characters")]
    public void A_link_over_the_limits_is_refused_whole(string query, string reason)
    {
        var decoded = Codec.Decode(Pairs(query));

        Assert.Contains(reason, decoded.Refused, StringComparison.Ordinal);
        Assert.Empty(decoded.Members);
    }

    [Fact]
    public void More_than_twelve_members_are_refused()
    {
        var query = string.Concat(Enumerable.Repeat("_m=x&", TeamLimits.MaxMembers + 1)) + "admin=yes";

        Assert.Equal(TeamLinkCodec.TooManyMembers, Codec.Decode(Pairs(query)).Refused);
    }

    [Fact]
    public void An_unreadable_member_is_kept_as_such_and_junk_is_reported_once_for_the_team()
    {
        var decoded = Codec.Decode(Pairs("_m=Ana&_m=Bob&_m=Cy&admin=yes.nonsense&size=small..&colour=blue&utm_source=chat&team=solo.solo.solo.many"));

        Assert.Equal(["Ana", "Bob", "Cy"], decoded.Members.Select(m => m.Name));
        Assert.Equal(Answers("admin=yes", "size=small", "team=solo"), decoded.Members[0].Answers.Answers);
        Assert.Equal(Answers("team=solo"), decoded.Members[1].Answers.Answers);
        Assert.Contains(decoded.Members[1].Answers.Ignored, part => part.Reason == IgnoredReasons.UnknownOption);
        Assert.True(decoded.DroppedTracking);
        Assert.Contains(decoded.Ignored, part => part is { Key: "colour", Reason: IgnoredReasons.UnknownQuestion });
        Assert.Contains(decoded.Ignored, part => part is { Key: "team", Value: "many", Reason: TeamLinkCodec.NoMemberForAnswer });
        Assert.False(decoded.IsClean);

        var nobody = Codec.Decode(Pairs("_m=Ana&_m=Bob&admin=yes.nonsense"));
        Assert.True(nobody.Members[1].Answers.Answers.IsEmpty);
    }

    /// <summary>A query's pairs as the web delivers them: split, then URL-decoded.</summary>
    internal static IEnumerable<KeyValuePair<string, string?>> Pairs(string query) =>
        query.Split('&').Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(Uri.UnescapeDataString(parts[0]), (string?)Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : "")));
}
