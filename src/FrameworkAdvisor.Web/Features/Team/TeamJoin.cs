namespace FrameworkAdvisor.Web.Features.Team;

/// <summary>
/// What the questionnaire needs to add a teammate's answers to a team: the team link's query, carried in a hidden
/// field, the names already in it, and where the form goes instead of the result.
/// </summary>
public sealed record TeamJoin(string TeamQuery, IReadOnlyList<string> Names, string AddPath, string TeamPath);
