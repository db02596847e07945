using System.Globalization;

namespace FrameworkAdvisor.Content;

/// <summary>
/// The page colours a framework's colour is drawn on, and the colours reserved for "no framework" (no clear lean,
/// neutral answers), light and dark. They mirror the custom properties at the top of wwwroot/css/site.css; a test
/// keeps the two in step. Framework colours are checked against these, so the loader can refuse a colour that
/// would vanish on the page or read as "nobody".
/// </summary>
public static class ThemePalette
{
    /// <summary>WCAG 2.2 non-text contrast (1.4.11): bars and swatches need 3:1 against what is around them.</summary>
    public const double MinimumContrast = 3.0;

    public static IReadOnlyList<string> LightBackgrounds { get; } = ["#fdfcfa", "#ffffff"];

    public static IReadOnlyList<string> DarkBackgrounds { get; } = ["#15171b", "#1d2026"];

    /// <summary>
    /// Colours that already mean something, light and dark: one colour, one meaning, so a framework never wears them.
    /// </summary>
    public static IReadOnlyList<(string Colour, string Meaning)> Reserved { get; } =
    [
        ("#9aa0aa", "no clear lean"), ("#6b717c", "no clear lean"),
        ("#7c3aed", "calls it even"), ("#c4a5ff", "calls it even"),
        ("#1f5fbf", "links and actions"), ("#8fb8ff", "links and actions"),
        ("#b7791f", "editor's notes"), ("#e0b04f", "editor's notes"),
    ];

    public static bool IsHexColour(string text) =>
        text.Length == 7 && text[0] == '#' && text.Skip(1).All(char.IsAsciiHexDigit);

    /// <summary>The WCAG contrast ratio of two #rrggbb colours, from 1 (none) to 21.</summary>
    public static double Contrast(string first, string second)
    {
        var (lighter, darker) = (Luminance(first), Luminance(second)) is var (a, b) && a >= b ? (a, b) : (b, a);
        return (lighter + 0.05) / (darker + 0.05);
    }

    /// <summary>Distance between two colours in RGB space, from 0 (the same) to about 441.</summary>
    public static double Distance(string first, string second)
    {
        var (a, b) = (Channels(first), Channels(second));
        return Math.Sqrt(Math.Pow(a.R - b.R, 2) + Math.Pow(a.G - b.G, 2) + Math.Pow(a.B - b.B, 2));
    }

    private static double Luminance(string colour)
    {
        var (r, g, b) = Channels(colour);
        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    private static double Linear(int channel)
    {
        var value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }

    private static (int R, int G, int B) Channels(string colour) =>
        (Hex(colour, 1), Hex(colour, 3), Hex(colour, 5));

    private static int Hex(string colour, int at) => int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
