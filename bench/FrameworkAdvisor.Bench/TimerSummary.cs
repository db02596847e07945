using System.Globalization;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// The closing line a timer prints after its samples, such as <c>runs=5 median_ms=884 worst_ms=1025</c>, as
/// bench/run.sh saved it. Values keep the text the timer printed, which is what the report shows.
/// </summary>
internal sealed class TimerSummary
{
    private readonly string _path;
    private readonly Dictionary<string, string> _values;

    private TimerSummary(string path, Dictionary<string, string> values)
    {
        _path = path;
        _values = values;
    }

    public static TimerSummary Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new BenchFailedException($"no timer output at {path}");
        }

        var summary = File.ReadLines(path).LastOrDefault(IsSummaryLine)
            ?? throw new BenchFailedException($"{path} has no key=value summary line");
        var values = summary.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        return new TimerSummary(path, values);
    }

    public string Text(string key) =>
        _values.TryGetValue(key, out var value) ? value : throw new BenchFailedException($"{_path} does not say {key}");

    public double Number(string key) =>
        double.TryParse(Text(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new BenchFailedException($"{_path} says {key}={Text(key)}, which is not a number");

    private static bool IsSummaryLine(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 0 && fields.All(field => field.IndexOf('=', StringComparison.Ordinal) > 0);
    }
}
