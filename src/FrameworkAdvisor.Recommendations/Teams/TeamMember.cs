namespace FrameworkAdvisor.Recommendations;

/// <summary>One member of a team: the name they gave (may be empty) and their answers.</summary>
public sealed record TeamMember(string Name, AnswerSet Answers);

/// <summary>
/// How big a team and its names may be. A team link holds every member's answers and name, so these bounds are what
/// keep it short enough to paste into a chat (see <see cref="TeamLinkCodec"/>).
/// </summary>
public static class TeamLimits
{
    /// <summary>A team result compares at least two members; a link with one is an invitation still waiting for the rest.</summary>
    public const int MinMembers = 2;

    public const int MaxMembers = 12;

    /// <summary>In UTF-16 code units, as an HTML input's maxlength counts them, so the form and the link agree.</summary>
    public const int MaxNameLength = 24;

    /// <summary>
    /// The name as a team link keeps it: trimmed. Null when it cannot be a name: longer than
    /// <see cref="MaxNameLength"/>, or holding control characters or broken surrogates, which no one types.
    /// </summary>
    public static string? CleanName(string? name)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length > MaxNameLength)
        {
            return null;
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (char.IsHighSurrogate(c) && i + 1 < trimmed.Length && char.IsLowSurrogate(trimmed[i + 1]))
            {
                i++;
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                return null;
            }
        }

        return trimmed;
    }

    /// <summary>What pages call a member: the name they gave, or "Member 3" (counting from 1) when they gave none.</summary>
    public static string Shown(string name, int index) => string.IsNullOrEmpty(name) ? $"Member {index + 1}" : name;
}
