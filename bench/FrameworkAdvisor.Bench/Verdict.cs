namespace FrameworkAdvisor.Bench;

/// <summary>One target, what was measured against it, and whether it was met.</summary>
internal sealed record Verdict(bool Passed, string Target, string Measured)
{
    public string State => Passed ? "PASS" : "FAIL";

    /// <summary>A figure that could not be worked out (null, "n/a") never meets a target.</summary>
    public static Verdict AtLeast(string target, string measured, double? figure, double minimum) =>
        new(figure >= minimum, target, measured);

    public static Verdict AtMost(string target, string measured, double? figure, double maximum) =>
        new(figure <= maximum, target, measured);
}
