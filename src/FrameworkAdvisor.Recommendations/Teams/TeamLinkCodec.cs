using System.Text;

namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Turns a team into the query of a team link and back. A team link is a share link turned on its side: one pair per
/// question, as in a share link (sorted by question id, an answer that matters a lot marked with
/// <see cref="ShareLinkCodec.ImportanceMark"/>), whose value lists every member's answer in the order they joined,
/// separated by <see cref="Separator"/> (an empty place for a skip, trailing ones left off); the names come first,
/// one <see cref="NameKey"/> pair per member. Each question id is written once, not once per member, which is what
/// keeps twelve members who answered everything within <see cref="MaxLength"/>, and keying by id keeps an old link's
/// meaning when questions are added or reordered, as share links do.
/// <para>
/// Decoding reads each member's answers with <see cref="ShareLinkCodec.Decode"/>, so they are matched, marked and
/// reported exactly as a share link's; it never throws.
/// </para>
/// </summary>
public sealed class TeamLinkCodec
{
    /// <summary>A member's name. Not a slug, so no question can be called this.</summary>
    public const string NameKey = "_m";

    /// <summary>Between members' answers to one question. Ids are slugs, which never hold it.</summary>
    public const char Separator = '.';

    /// <summary>The longest team link, path and all, that twelve members who answered and marked everything may make.</summary>
    public const int MaxLength = 2000;

    public const string NoMembers = "This team link names no members, so there is nobody's answers to show.";

    public static readonly string TooManyMembers = $"This team link has more than {TeamLimits.MaxMembers} members, more than a team link can hold.";

    public static readonly string BadName =
        $"A name in this team link is longer than {TeamLimits.MaxNameLength} characters or holds control characters, so it is not one of ours.";

    public const string NoMemberForAnswer = "There is no member in this team link for this answer.";

    public TeamLinkCodec(ShareLinkCodec links)
    {
        ArgumentNullException.ThrowIfNull(links);
        Links = links;
    }

    public ShareLinkCodec Links { get; }

    /// <summary>The query of the team link, without a leading '?'. Names are percent-encoded; ids never need to be.</summary>
    public string Encode(IReadOnlyList<TeamMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var link = new StringBuilder();
        foreach (var member in members)
        {
            Links.Model.EnsureBelongs(member.Answers);
            link.Append(link.Length == 0 ? "" : "&").Append(NameKey).Append('=').Append(Uri.EscapeDataString(member.Name));
        }

        var questionIds = members.SelectMany(m => m.Answers.Pairs.Select(p => p.Key)).Distinct().Order(StringComparer.Ordinal);
        foreach (var questionId in questionIds)
        {
            var places = members.Select(m => m.Answers.OptionFor(questionId) is { } option
                ? (m.Answers.IsImportant(questionId) ? ShareLinkCodec.ImportanceMark.ToString() : "") + option
                : "").ToList();
            while (places[^1].Length == 0)
            {
                places.RemoveAt(places.Count - 1);
            }

            link.Append('&').Append(questionId).Append('=').Append(string.Join(Separator, places));
        }

        return link.ToString();
    }

    /// <summary>
    /// The team in a link's query pairs, as the web delivers them (URL-decoded, in order). Tracking parameters are
    /// dropped as in a share link; other parts that are no question are reported as a share link reports them; a
    /// member whose answers cannot be read is kept, unreadable, for the page to name. A link with no member, more than
    /// <see cref="TeamLimits.MaxMembers"/>, or a name that cannot be one, is refused whole.
    /// </summary>
    public DecodedTeam Decode(IEnumerable<KeyValuePair<string, string?>>? pairs)
    {
        var names = new List<string>();
        var questionPairs = new List<(string Key, string[] Places)>();
        var others = new List<KeyValuePair<string, string?>>();
        foreach (var pair in pairs ?? [])
        {
            if (AnswerIds.Normalize(pair.Key) == NameKey)
            {
                if (TeamLimits.CleanName(pair.Value) is not { } name)
                {
                    return DecodedTeam.Refuse(BadName);
                }

                names.Add(name);
            }
            else if (Links.Model.FindQuestion(pair.Key ?? "") is not null)
            {
                questionPairs.Add((pair.Key!, (pair.Value ?? "").Split(Separator)));
            }
            else
            {
                others.Add(pair);
            }
        }

        if (names.Count == 0)
        {
            return DecodedTeam.Refuse(NoMembers);
        }

        if (names.Count > TeamLimits.MaxMembers)
        {
            return DecodedTeam.Refuse(TooManyMembers);
        }

        // What is not a question is read as a share link reads it: tracking dropped, junk reported once for the team.
        var rest = Links.Decode(others);
        var ignored = new List<IgnoredPart>(rest.Ignored);
        foreach (var (key, places) in questionPairs)
        {
            foreach (var extra in places.Skip(names.Count).Where(place => place.Length > 0).Distinct(StringComparer.Ordinal))
            {
                ignored.Add(new IgnoredPart(ShareLinkCodec.Shown(key), ShareLinkCodec.Shown(extra), NoMemberForAnswer));
            }
        }

        var members = names.Select((name, i) => new DecodedMember(name, Links.Decode(
            questionPairs.Select(pair => KeyValuePair.Create(pair.Key, (string?)(i < pair.Places.Length ? pair.Places[i] : ""))))));
        return new DecodedTeam(new ValueList<DecodedMember>(members), new ValueList<IgnoredPart>(ignored.Take(ShareLinkCodec.MaxListed + 1)), null)
        {
            DroppedTracking = rest.DroppedTracking,
        };
    }
}

/// <summary>
/// What a team link said: its members in the order they joined, each with their answers as a share link's decoder
/// read them; the parts of the link that belong to no member; or, when the link is over the limits, only the reason.
/// </summary>
public sealed record DecodedTeam(IReadOnlyList<DecodedMember> Members, IReadOnlyList<IgnoredPart> Ignored, string? Refused)
{
    public bool DroppedTracking { get; init; }

    /// <summary>Every member readable and every part of the link used (tracking parameters aside).</summary>
    public bool IsClean => Refused is null && Ignored.Count == 0 && Members.All(m => m.Answers.IsClean && !m.Answers.Answers.IsEmpty);

    internal static DecodedTeam Refuse(string reason) => new(ValueList<DecodedMember>.Empty, ValueList<IgnoredPart>.Empty, reason);
}

/// <summary>One member as a team link holds them: the name they gave and what their answers decoded to.</summary>
public sealed record DecodedMember(string Name, DecodedAnswers Answers);
