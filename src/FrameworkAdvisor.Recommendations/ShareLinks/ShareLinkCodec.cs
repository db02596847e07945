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
    /// <summary>No link we make addresses more pairs to questions than this; a longer one is not ours and is not decoded.</summary>
    public const int MaxPairs = 64;

    /// <summary>The longest key or value a link of ours can have.</summary>
    public const int MaxPartLength = 64;

    /// <summary>The most characters, keys and values together, a link of ours can have.</summary>
    public const int MaxTotalLength = 1000;

    /// <summary>How much of an ignored key or value is shown back to the visitor, before "…".</summary>
    public const int ShownLength = 40;

    /// <summary>How many ignored parts are listed one by one; the rest are counted in one line.</summary>
    public const int MaxListed = 10;

    private const string EscapedAmpersand = "amp;";

    private const char Ellipsis = '…';
    private const char Replacement = '\uFFFD';

    public ShareLinkCodec(ChooserModel chooser)
    {
        ArgumentNullException.ThrowIfNull(chooser);
        Model = chooser;
    }

    public ChooserModel Model { get; }

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
        Model.EnsureBelongs(answers);
        var link = new StringBuilder();

        // The pairs come sorted by question id (ordinal) already. They need no escaping in a query string: an
        // AnswerSet only ever holds slugs (it checks each id as it is added), and so does the chooser it belongs to.
        foreach (var (questionId, optionId) in answers.Pairs)
        {
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
    /// The answers in a link's query pairs, as the web delivers them (already URL-decoded, one entry per occurrence),
    /// read in one pass. Tracking parameters are dropped (<see cref="DecodedAnswers.DroppedTracking"/> says so, for a
    /// redirect to the link without them). Keys and values are trimmed and matched case-insensitively; an empty value
    /// means the question was skipped, and a value starting with <see cref="ImportanceMark"/> marks the question's
    /// answer as mattering a lot (a mark on a skipped question counts for nothing, like the skip). Parts too long to be
    /// an id, unknown questions, unknown options and a question given two different answers are ignored and reported,
    /// so junk beside a link never costs the answers that were readable. Only the pairs addressed to questions count
    /// towards <see cref="MaxPairs"/> and <see cref="MaxTotalLength"/>; the server's request-line limit bounds the rest.
    /// </summary>
    public DecodedAnswers Decode(IEnumerable<KeyValuePair<string, string?>>? pairs)
    {
        var ignored = new IgnoredList();
        var addressed = new List<Part>();
        var droppedTracking = false;
        var total = 0;
        foreach (var pair in pairs ?? [])
        {
            var key = WithoutEscapedAmpersand(pair.Key ?? "");
            var value = pair.Value ?? "";
            if (IsTracking(key))
            {
                droppedTracking = true;
                continue;
            }

            var part = Part.Of(key, value);
            if (key.Length > MaxPartLength || value.Length > MaxPartLength)
            {
                ignored.Add(part, IgnoredReasons.TooLongForAnAnswer);
            }
            else if (part.IsBlank)
            {
                // A stray '&': nothing was said.
            }
            else if (Model.FindQuestion(part.Key) is null)
            {
                ignored.Add(part, IgnoredReasons.UnknownQuestion);
            }
            else
            {
                total += key.Length + value.Length;
                if (addressed.Count == MaxPairs || total > MaxTotalLength)
                {
                    return new DecodedAnswers(AnswerSet.Empty, ValueList<IgnoredPart>.Empty, TooLong: true) { DroppedTracking = droppedTracking };
                }

                addressed.Add(part);
            }
        }

        var (answers, unusable) = Answer(addressed);
        foreach (var (part, reason) in unusable)
        {
            ignored.Add(part, reason);
        }

        return new DecodedAnswers(answers, ignored.ToList(), TooLong: false) { DroppedTracking = droppedTracking };
    }

    /// <summary>Whether a link's key is a tracking parameter here: on the list, and not one of this chooser's questions.</summary>
    public bool IsTracking(string? key)
    {
        var normalized = AnswerIds.Normalize(key);
        return TrackingParameters.Matches(normalized) && Model.FindQuestion(normalized) is null;
    }

    /// <summary>
    /// The answers in pairs that each name a question, and the pairs that could not be used with why: an option the
    /// question does not have, or a question given two different answers (which is ignored altogether).
    /// </summary>
    private (AnswerSet Answers, List<(Part Part, string Reason)> Unusable) Answer(List<Part> parts)
    {
        var answersPerQuestion = parts
            .Where(part => part.Value.Length > 0)
            .GroupBy(part => part.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(part => part.Value).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);

        var answers = AnswerSet.Empty;
        var marked = new HashSet<string>(StringComparer.Ordinal);
        var unusable = new List<(Part, string)>();
        foreach (var part in parts)
        {
            if (part.Value.Length > 0 && answersPerQuestion[part.Key] > 1)
            {
                unusable.Add((part, IgnoredReasons.AnsweredTwice));
            }
            else if (part.Value.Length > 0 && Model.FindQuestion(part.Key)!.FindOption(part.Value) is null)
            {
                unusable.Add((part, IgnoredReasons.UnknownOption));
            }
            else
            {
                answers = part.Value.Length > 0 ? answers.With(part.Key, part.Value) : answers;
                if (part.Marked)
                {
                    marked.Add(part.Key);
                }
            }
        }

        foreach (var questionId in marked.Where(answers.IsAnswered))
        {
            answers = answers.WithImportance(questionId, matters: true);
        }

        return (answers, unusable);
    }

    /// <summary>
    /// Mail clients that HTML-escape a link turn "&amp;" into "&amp;amp;", so a browser sends the next key as
    /// "amp;size". Nothing else would start a key that way, so the prefix is read as the mistake it is.
    /// </summary>
    private static string WithoutEscapedAmpersand(string key) =>
        key.StartsWith(EscapedAmpersand, StringComparison.OrdinalIgnoreCase) ? key[EscapedAmpersand.Length..] : key;

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
        /// <summary>Nothing on either side of the '=' (a lone mark is something: it was sent to a question).</summary>
        public bool IsBlank => Key.Length == 0 && Value.Length == 0 && !Marked;

        public static Part Of(string key, string value)
        {
            var normalized = AnswerIds.Normalize(value);
            var marked = normalized.StartsWith(ImportanceMark);
            return new Part(key, value, AnswerIds.Normalize(key), marked ? AnswerIds.Normalize(normalized[1..]) : normalized, marked);
        }
    }

    /// <summary>
    /// The ignored parts in link order, each reported once, and at most <see cref="MaxListed"/> one by one: the rest
    /// are counted in one line, so junk cannot swell the page.
    /// </summary>
    private sealed class IgnoredList
    {
        private readonly List<IgnoredPart> _listed = [];
        private readonly HashSet<(string, string, bool, string)> _reported = [];
        private int _unlisted;

        public void Add(Part part, string reason)
        {
            if (!_reported.Add((part.Key, part.Value, part.Marked, reason)))
            {
                return;
            }

            if (_listed.Count < MaxListed)
            {
                _listed.Add(new IgnoredPart(Shown(part.RawKey), Shown(part.RawValue), reason));
            }
            else
            {
                _unlisted++;
            }
        }

        public ValueList<IgnoredPart> ToList() => _unlisted == 0
            ? new ValueList<IgnoredPart>(_listed)
            : new ValueList<IgnoredPart>([.. _listed, new IgnoredPart("…", "…", $"{Counted.Of(_unlisted, "more part")} of the link {IgnoredReasons.MoreIgnored}")]);
    }
}
