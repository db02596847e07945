using System.Text;

namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Turns answers into the query string of a share link and back. Links list <c>question=option</c> pairs sorted by
/// question id, not by position, so reordering or adding questions later never changes or breaks a link already
/// shared. Decoding takes pairs the web layer has already URL-decoded, uses what it can, says what it ignored, and
/// never throws: a link is user input.
/// </summary>
public sealed class ShareLinkCodec
{
    /// <summary>No link we make has more pairs than this; a longer one is not ours and is not decoded.</summary>
    public const int MaxPairs = 64;

    /// <summary>The longest key or value a link of ours can have.</summary>
    public const int MaxPartLength = 64;

    /// <summary>The most characters, keys and values together, a link of ours can have.</summary>
    public const int MaxTotalLength = 1000;

    /// <summary>How much of an ignored key or value is shown back to the visitor, before "…".</summary>
    public const int ShownLength = 40;

    private const char Ellipsis = '…';
    private const char Replacement = '\uFFFD';

    public ShareLinkCodec(Chooser chooser)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        Chooser = chooser;
    }

    public Chooser Chooser { get; }

    /// <summary>Put before an option id, it marks an answer that matters a lot: "size=!small". On its own ("size=!"),
    /// as the questionnaire's checkbox sends it, it marks whatever answer the question has.</summary>
    public const char ImportanceMark = '!';

    /// <summary>
    /// "question=option" pairs joined by '&amp;', sorted by question id (ordinal), without a leading '?'; "" when
    /// nothing is answered. An answer that matters a lot is written "question=!option": the mark sits inside the link,
    /// never at its end, where chat apps and mail tools trim punctuation off links. Throws <see cref="ArgumentException"/> if the answers do not belong to this chooser.
    /// </summary>
    public string Encode(AnswerSet answers)
    {
        Chooser.EnsureBelongs(answers);
        var link = new StringBuilder();
        foreach (var (questionId, optionId) in answers.Pairs.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            // Slugs need no escaping in a query string; an AnswerSet only holds slugs, and this keeps it that way.
            if (!Slug.IsValid(questionId) || !Slug.IsValid(optionId))
            {
                throw new InvalidOperationException($"'{questionId}={optionId}' is not slug-safe and would need escaping in a link.");
            }

            if (link.Length > 0)
            {
                link.Append('&');
            }

            link.Append(questionId).Append('=');
            if (answers.IsImportant(questionId))
            {
                link.Append(ImportanceMark);
            }

            link.Append(optionId);
        }

        return link.ToString();
    }

    /// <summary>
    /// The answers in a link's query pairs (already URL-decoded, one entry per occurrence). Keys and values are
    /// trimmed and matched case-insensitively; an empty value means the question was skipped, and a value starting with
    /// <see cref="ImportanceMark"/> marks the question's answer as mattering a lot (a mark on a skipped question counts
    /// for nothing, like the skip). Unknown questions, unknown options and a question given two different answers are
    /// ignored and reported.
    /// </summary>
    public DecodedAnswers Decode(IEnumerable<KeyValuePair<string, string?>>? pairs)
    {
        var raw = ReadWithinLimits(pairs);
        if (raw is null)
        {
            return new DecodedAnswers(AnswerSet.Empty, ValueList<IgnoredPart>.Empty, TooLong: true);
        }

        var parts = raw.Select(Part.Of).ToList();
        var valuesByQuestion = parts
            .Where(part => part.Value.Length > 0 && Chooser.FindQuestion(part.Key) is not null)
            .GroupBy(part => part.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(part => part.Value).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);

        var answers = AnswerSet.Empty;
        var marked = new HashSet<string>(StringComparer.Ordinal);
        var ignored = new List<IgnoredPart>();
        var reported = new HashSet<(string, string, string)>();
        foreach (var part in parts)
        {
            var reason = ReasonToIgnore(part, valuesByQuestion);
            if (reason is null)
            {
                if (part.Value.Length > 0)
                {
                    answers = answers.With(part.Key, part.Value);
                }

                if (part.Marked)
                {
                    marked.Add(part.Key);
                }
            }
            else if (reported.Add((part.Key, part.Value, reason)))
            {
                ignored.Add(new IgnoredPart(Shown(part.RawKey), Shown(part.RawValue), reason));
            }
        }

        foreach (var questionId in marked.Where(answers.IsAnswered))
        {
            answers = answers.WithImportance(questionId, matters: true);
        }

        return new DecodedAnswers(answers, new ValueList<IgnoredPart>(ignored), TooLong: false);
    }

    /// <summary>
    /// The answers in a link as the web delivers it, which is what pages call. Tracking parameters are dropped
    /// (<see cref="DecodedAnswers.DroppedTracking"/> says so, for a redirect to the link without them); parts that
    /// name no question, or are too long to be an id, are set aside with a notice; and <see cref="Decode"/>'s limits
    /// then apply to what is kept. So junk beside a link never costs the answers that were readable, while the server's
    /// own request-line limit keeps the whole bounded.
    /// </summary>
    public DecodedAnswers DecodeLink(IEnumerable<KeyValuePair<string, string?>>? pairs)
    {
        var sifted = ShareLinkSieve.Sift(pairs ?? [], this);
        var decoded = Decode(sifted.Kept);
        return decoded.TooLong
            ? decoded with { DroppedTracking = sifted.DroppedTracking }
            : decoded with { Ignored = new ValueList<IgnoredPart>([.. sifted.SetAside, .. decoded.Ignored]), DroppedTracking = sifted.DroppedTracking };
    }

    /// <summary>Whether a link's key is a tracking parameter here: on the list, and not one of this chooser's questions.</summary>
    public bool IsTracking(string? key)
    {
        var normalized = AnswerIds.Normalize(key);
        return TrackingParameters.Matches(normalized) && Chooser.FindQuestion(normalized) is null;
    }

    /// <summary>Null when the reason is "blank" or "fine": a blank pair is a stray '&amp;', a blank value a skipped question.</summary>
    private string? ReasonToIgnore(Part part, Dictionary<string, int> valuesByQuestion)
    {
        if (part.Key.Length == 0 && part.Value.Length == 0)
        {
            return null;
        }

        var question = Chooser.FindQuestion(part.Key);
        if (question is null)
        {
            return IgnoredReasons.UnknownQuestion;
        }

        if (part.Value.Length == 0)
        {
            return null;
        }

        if (valuesByQuestion[part.Key] > 1)
        {
            return IgnoredReasons.AnsweredTwice;
        }

        return question.FindOption(part.Value) is null ? IgnoredReasons.UnknownOption : null;
    }

    /// <summary>The pairs, or null when the link breaks a limit no link of ours comes near; stops reading as soon as it does.</summary>
    private static List<KeyValuePair<string, string>>? ReadWithinLimits(IEnumerable<KeyValuePair<string, string?>>? pairs)
    {
        var read = new List<KeyValuePair<string, string>>();
        if (pairs is null)
        {
            return read;
        }

        var total = 0;
        foreach (var pair in pairs)
        {
            var key = pair.Key ?? "";
            var value = pair.Value ?? "";
            total += key.Length + value.Length;
            if (read.Count == MaxPairs || key.Length > MaxPartLength || value.Length > MaxPartLength || total > MaxTotalLength)
            {
                return null;
            }

            read.Add(KeyValuePair.Create(key, value));
        }

        return read;
    }

    /// <summary>
    /// At most <see cref="ShownLength"/> characters of the input and "…" if there was more, never splitting a
    /// surrogate pair; control characters and lone surrogates become U+FFFD so nothing invisible reaches the page.
    /// </summary>
    internal static string Shown(string text)
    {
        var shown = new StringBuilder(ShownLength + 1);
        var i = 0;
        while (i < text.Length)
        {
            var isPair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var width = isPair ? 2 : 1;
            if (shown.Length + width > ShownLength)
            {
                break;
            }

            if (isPair)
            {
                shown.Append(text, i, 2);
            }
            else
            {
                shown.Append(char.IsControl(text[i]) || char.IsSurrogate(text[i]) ? Replacement : text[i]);
            }

            i += width;
        }

        return i < text.Length ? shown.Append(Ellipsis).ToString() : shown.ToString();
    }

    /// <summary>One query pair as given, and trimmed and lower-cased for matching, with its importance mark taken off.</summary>
    private sealed record Part(string RawKey, string RawValue, string Key, string Value, bool Marked)
    {
        public static Part Of(KeyValuePair<string, string> pair)
        {
            var value = AnswerIds.Normalize(pair.Value);
            var marked = value.StartsWith(ImportanceMark);
            return new Part(pair.Key, pair.Value, AnswerIds.Normalize(pair.Key), marked ? AnswerIds.Normalize(value[1..]) : value, marked);
        }
    }
}
