namespace FrameworkAdvisor.Recommendations;

/// <summary>A list in words, "A", "A and B" or "A, B and C", written once for every page, card and record that names several things.</summary>
public static class Listed
{
    public static string And(IEnumerable<string> items) => Join(items, "and");

    public static string Or(IEnumerable<string> items) => Join(items, "or");

    private static string Join(IEnumerable<string> items, string last)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} {last} {list[^1]}";
    }
}
