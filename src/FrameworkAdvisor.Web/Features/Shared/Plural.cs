namespace FrameworkAdvisor.Web.Features.Shared;

/// <summary>Counts in words with the right noun: "1 point", "2 points", "1 question".</summary>
public static class Plural
{
    public static string Of(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
