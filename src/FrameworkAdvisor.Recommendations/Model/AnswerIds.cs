namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// The one rule for matching what a visitor sent against question and option ids, used by share links and the JSON
/// API alike: ids are slugs, so surrounding spaces and capitals can only be a person's or a tool's doing, never a
/// different id.
/// </summary>
public static class AnswerIds
{
    public static string Normalize(string? text) => (text ?? "").Trim().ToLowerInvariant();
}
