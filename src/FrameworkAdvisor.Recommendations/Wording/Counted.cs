namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// A count with its words in the right number, "1 error" and "2 errors", written once so no page or message says
/// "1 comparisons" or hedges with "error(s)".
/// </summary>
public static class Counted
{
    /// <param name="count">How many.</param>
    /// <param name="one">The words after "1", such as "error" or "leans Quill".</param>
    /// <param name="many">The words after any other count; by default <paramref name="one"/> with an "s".</param>
    public static string Of(int count, string one, string? many = null) => $"{count} {Word(count, one, many)}";

    /// <summary>The words alone, for a verb that agrees with a count said elsewhere: "counts" or "count".</summary>
    public static string Word(int count, string one, string? many = null) => count == 1 ? one : many ?? one + "s";
}
