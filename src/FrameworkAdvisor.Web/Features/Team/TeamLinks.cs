using System.Diagnostics;
using FrameworkAdvisor.Content;
using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Web.Features.Chooser;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace FrameworkAdvisor.Web.Features.Team;

/// <summary>
/// A chooser's team links: their addresses, and what an address that shows a team (the team page, its card, its
/// decision record) makes of its query. Each member's answers are read by the chooser's own share-link resolver
/// (<see cref="LoadedChooser.Resolve(DecodedAnswers)"/>), so a member's part of a team link means exactly what their
/// share link would.
/// </summary>
public static class TeamLinks
{
    /// <summary>The form fields that add a member; not slugs, so no question can share them.</summary>
    public const string TeamField = "_team";

    public const string NameField = "_name";

    public const string NoReadableMember = "None of the members’ answers in this team link could be read.";

    public static readonly string TeamFull =
        $"This team already has {TeamLimits.MaxMembers} members, as many as a team link can hold. Start a new team from your own result.";

    public static readonly string BadName =
        $"A name can have up to {TeamLimits.MaxNameLength} characters and no control characters. Please shorten it, or leave it out.";

    public static TeamLinkCodec Codec(LoadedChooser chooser) => new(chooser.Links);

    public static string TeamPath(LoadedChooser chooser, IReadOnlyList<TeamMember> members) =>
        $"{SitePaths.ChooserTeam(chooser.Slug)}?{Codec(chooser).Encode(members)}";

    /// <summary>The questionnaire, for a teammate to add their answers to the team.</summary>
    public static string JoinPath(LoadedChooser chooser, IReadOnlyList<TeamMember> members) =>
        $"{SitePaths.ChooserTeam(chooser.Slug)}/join?{Codec(chooser).Encode(members)}";

    public static string DecisionRecordPath(LoadedChooser chooser, IReadOnlyList<TeamMember> members) =>
        $"{SitePaths.ChooserTeam(chooser.Slug)}/decision-record?{Codec(chooser).Encode(members)}";

    /// <summary>Where the result page and the questionnaire send a member's answers, with the team so far and a name.</summary>
    public static string AddPath(string comparison) => $"{SitePaths.ChooserTeam(comparison)}/add";

    /// <summary>
    /// What a team address makes of its request's query: the team, a permanent redirect to its canonical address
    /// (another spelling, or tracking parameters dropped), or the reason it is refused. <paramref name="addressOf"/>
    /// gives the endpoint's own canonical address for a team.
    /// </summary>
    public static TeamResolution Resolve(LoadedChooser chooser, HttpRequest request, Func<IReadOnlyList<TeamMember>, string> addressOf)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(addressOf);
        var decoded = Codec(chooser).Decode(request.Query.SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value))));
        if (Read(chooser, decoded) is not { } team)
        {
            return new TeamResolution.Refused(decoded.Refused ?? NoReadableMember);
        }

        if (decoded.IsClean)
        {
            var canonical = addressOf(team.Members);
            if (request.Path + request.QueryString != canonical)
            {
                return new TeamResolution.Redirect(canonical);
            }
        }
        else if (decoded.DroppedTracking)
        {
            return new TeamResolution.Redirect(request.Path + chooser.WithoutTracking(request.Query));
        }

        return team;
    }

    /// <summary>The team held by a query string such as a form's <see cref="TeamField"/> carries (without '?'), or why it cannot be read.</summary>
    public static (TeamResolution.Resolved? Team, string? Refused) Read(LoadedChooser chooser, string query)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        var pairs = QueryHelpers.ParseQuery(query).SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value)));
        var decoded = Codec(chooser).Decode(pairs);
        return Read(chooser, decoded) is { } team ? (team, null) : (null, decoded.Refused ?? NoReadableMember);
    }

    /// <summary>The readable members scored as a team, with who could not be read and what was ignored; null if nobody can be.</summary>
    private static TeamResolution.Resolved? Read(LoadedChooser chooser, DecodedTeam decoded)
    {
        if (decoded.Refused is not null)
        {
            return null;
        }

        var members = new List<TeamMember>();
        var unreadable = new List<string>();
        var ignored = new List<IgnoredPart>(decoded.Ignored);
        for (var i = 0; i < decoded.Members.Count; i++)
        {
            var member = decoded.Members[i];
            if (chooser.Resolve(member.Answers) is LinkResolution.Resolved resolved)
            {
                members.Add(new TeamMember(member.Name, resolved.Answers));
                ignored.AddRange(resolved.Ignored);
            }
            else
            {
                unreadable.Add(TeamLimits.Shown(member.Name, i));
            }
        }

        return members.Count == 0
            ? null
            : new TeamResolution.Resolved(members, unreadable, [.. ignored.Distinct().Take(ShareLinkCodec.MaxListed + 1)],
                new TeamRecommender(chooser.Engine).Recommend(members));
    }
}

/// <summary>What a team link's query comes to on an address that shows a team, as <see cref="LinkResolution"/> is for one person.</summary>
public abstract record TeamResolution
{
    private TeamResolution()
    {
    }

    /// <summary>The answer of a page: <paramref name="serve"/> for a team, a permanent redirect, or <paramref name="sendBack"/> (a 400 page).</summary>
    public IActionResult AnswerPage(Func<Resolved, IActionResult> serve, Func<Refused, IActionResult> sendBack) => this switch
    {
        Resolved resolved => serve(resolved),
        Redirect redirect => new RedirectResult(redirect.Location, permanent: true),
        Refused refused => sendBack(refused),
        _ => throw new UnreachableException(),
    };

    /// <summary>The answer of a file (a card, a decision record): a refused link gets a 400 with the reason in plain text.</summary>
    public IActionResult AnswerFile(Func<Resolved, IActionResult> serve) => AnswerPage(serve, refused => LinkResolution.FileRefused(refused.Reason));

    /// <summary>
    /// The readable members in the order they joined, scored; <see cref="Unreadable"/> names the members left out
    /// because nothing of their answers could be read, and <see cref="Ignored"/> the parts of the link not used.
    /// </summary>
    public sealed record Resolved(IReadOnlyList<TeamMember> Members, IReadOnlyList<string> Unreadable, IReadOnlyList<IgnoredPart> Ignored, TeamResult Result)
        : TeamResolution;

    public sealed record Redirect(string Location) : TeamResolution;

    public sealed record Refused(string Reason) : TeamResolution;
}
