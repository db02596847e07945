using System.Globalization;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// The figures the bench takes from one <c>wrk --latency</c> run. wrk counts 3xx as errors too; bench/run.sh only
/// measures URLs it has checked answer 200 without a redirect, or, for the error pages, runs wrk with
/// bench/status.lua, which adds an "Unexpected responses:" line counting answers other than the status expected.
/// </summary>
internal sealed record WrkReport(
    double RequestsPerSecond, double P50Ms, double P99Ms, long Non2xxResponses, long SocketErrors, long? UnexpectedResponses = null)
{
    public static WrkReport Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            throw new BenchFailedException($"cannot read wrk's output {path}: {ex.Message}");
        }
    }

    /// <summary>Reads wrk's text report; lines it has no need of, such as the per-thread Req/Sec with its k and M, are skipped.</summary>
    public static WrkReport Parse(string output)
    {
        double? requestsPerSecond = null;
        double? p50 = null;
        double? p99 = null;
        long non2xx = 0;
        long socketErrors = 0;
        long? unexpected = null;
        foreach (var line in output.Split('\n'))
        {
            var fields = line.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
            switch (fields)
            {
                case ["Requests/sec:", var value, ..]:
                    requestsPerSecond = double.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case ["50%", var latency, ..]:
                    p50 = ToMilliseconds(latency);
                    break;
                case ["99%", var latency, ..]:
                    p99 = ToMilliseconds(latency);
                    break;
                case ["Non-2xx", "or", "3xx", "responses:", var count]:
                    non2xx = long.Parse(count, CultureInfo.InvariantCulture);
                    break;
                case ["Socket", "errors:", ..]:
                    socketErrors = SumOfCounts(fields[2..]);
                    break;
                case ["Unexpected", "responses:", var count]:
                    unexpected = long.Parse(count, CultureInfo.InvariantCulture);
                    break;
            }
        }

        return new WrkReport(
            requestsPerSecond ?? throw new FormatException("no \"Requests/sec:\" line"),
            p50 ?? throw new FormatException("no 50% latency; was wrk run with --latency?"),
            p99 ?? throw new FormatException("no 99% latency; was wrk run with --latency?"),
            non2xx,
            socketErrors,
            unexpected);
    }

    /// <summary>Milliseconds from a wrk time such as 812.00us, 1.20ms, 1.05s or 1.50m.</summary>
    public static double ToMilliseconds(string latency)
    {
        var digits = latency.TrimEnd('u', 'm', 's', 'h');
        var number = double.Parse(digits, CultureInfo.InvariantCulture);
        return latency[digits.Length..] switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            "h" => number * 3_600_000,
            var unit => throw new FormatException($"\"{latency}\" has an unknown time unit \"{unit}\""),
        };
    }

    /// <summary>
    /// Answers that count as failures: with bench/status.lua, those that were not the expected status; otherwise
    /// every non-2xx answer. Socket errors always count.
    /// </summary>
    public long Failures => (UnexpectedResponses ?? Non2xxResponses) + SocketErrors;

    // "connect 0, read 0, write 0, timeout 12": every number after a kind of error.
    private static long SumOfCounts(string[] kindsAndCounts) =>
        kindsAndCounts
            .Select(field => field.TrimEnd(','))
            .Where(field => field.Length > 0 && char.IsAsciiDigit(field[0]))
            .Sum(field => long.Parse(field, CultureInfo.InvariantCulture));
}
