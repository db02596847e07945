using System.Text.Json;

namespace FrameworkAdvisor.Bench;

/// <summary>
/// Share links that no request used before, for the flood run: the n-th is the n-th set of answers (each question
/// skipped, answered, or answered as mattering a lot) taken with a stride through all of them, so neighbouring links
/// differ in many answers and reach many outcomes. Written as the site writes them (sorted by question id), so none
/// is redirected.
/// </summary>
internal static class ShareLinks
{
    public static IReadOnlyList<string> Distinct(string questionnaireJson, int count)
    {
        using var document = JsonDocument.Parse(questionnaireJson);
        var questions = document.RootElement.GetProperty("questions").EnumerateArray()
            .Select(question => (Id: question.GetProperty("id").GetString()!,
                Options: question.GetProperty("options").EnumerateArray().Select(option => option.GetProperty("id").GetString()!).ToArray()))
            .ToArray();
        var total = questions.Aggregate(1L, (product, question) => product * ((2 * question.Options.Length) + 1));
        if (count >= total)
        {
            throw new BenchFailedException($"the questionnaire has only {total - 1} distinct sets of answers; {count} were asked for");
        }

        var stride = 1_000_003L;
        while (Gcd(stride, total) != 1)
        {
            stride += 2;
        }

        var ordered = questions.Select((question, index) => (question.Id, index)).OrderBy(pair => pair.Id, StringComparer.Ordinal).ToArray();
        var links = new List<string>(count);
        for (long n = 1; links.Count < count; n++)
        {
            var choice = new int[questions.Length];
            var rest = (long)((System.Numerics.BigInteger)n * stride % total);
            for (var q = 0; q < questions.Length; q++)
            {
                var radix = (2 * questions[q].Options.Length) + 1;
                choice[q] = (int)(rest % radix);
                rest /= radix;
            }

            var pairs = ordered.Where(pair => choice[pair.index] > 0).Select(pair =>
            {
                var options = questions[pair.index].Options;
                var state = choice[pair.index] - 1;
                return $"{pair.Id}={(state >= options.Length ? "!" : "")}{options[state % options.Length]}";
            });
            var link = string.Join('&', pairs);
            if (link.Length > 0)
            {
                links.Add(link);
            }
        }

        return links;
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
