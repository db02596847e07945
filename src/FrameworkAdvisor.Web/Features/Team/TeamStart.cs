using FrameworkAdvisor.Web.Features.Chooser;
using Microsoft.AspNetCore.WebUtilities;

namespace FrameworkAdvisor.Web.Features.Team;

/// <summary>
/// The result page's "Decide with your team" form: the result's answers as hidden fields, as its share link spells
/// them, sent with an optional name to the address that starts a team.
/// </summary>
public sealed record TeamStart(string AddPath, IReadOnlyList<KeyValuePair<string, string>> Answers)
{
    public static TeamStart For(ResultViewModel result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var queryAt = result.ResultPath.IndexOf('?', StringComparison.Ordinal);
        var query = queryAt < 0 ? "" : result.ResultPath[queryAt..];
        return new(
            TeamLinks.AddPath(result.ComparisonSlug),
            [.. QueryHelpers.ParseQuery(query).SelectMany(pair => pair.Value.Select(value => KeyValuePair.Create(pair.Key, value ?? "")))]);
    }

    public static int MaxNameLength => Recommendations.TeamLimits.MaxNameLength;
}
