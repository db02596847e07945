namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// Sorts a link's query pairs before <see cref="ShareLinkCodec.Decode"/> reads them: tracking parameters are dropped,
/// parts that cannot be answers (they name no question, or are longer than any id) are set aside with a notice, and
/// only pairs addressed to questions are kept, so the codec's limits apply to those alone.
/// </summary>
internal static class ShareLinkSieve
{
    /// <summary>How many set-aside parts are listed one by one; the rest are counted in one line, so junk cannot swell the page.</summary>
    public const int MaxListed = 10;

    /// <summary>
    /// Mail clients that HTML-escape a link turn "&amp;" into "&amp;amp;", so a browser sends the next key as
    /// "amp;size". Nothing else would start a key that way, so the prefix is read as the mistake it is.
    /// </summary>
    private const string EscapedAmpersand = "amp;";

    public sealed record Sifted(IReadOnlyList<KeyValuePair<string, string?>> Kept, IReadOnlyList<IgnoredPart> SetAside, bool DroppedTracking);

    public static Sifted Sift(IEnumerable<KeyValuePair<string, string?>> pairs, ShareLinkCodec codec)
    {
        var kept = new List<KeyValuePair<string, string?>>();
        var setAside = new List<IgnoredPart>();
        var reported = new HashSet<(string, string, string)>();
        var unlisted = 0;
        var droppedTracking = false;
        foreach (var pair in pairs)
        {
            var key = pair.Key ?? "";
            var value = pair.Value ?? "";
            if (key.StartsWith(EscapedAmpersand, StringComparison.OrdinalIgnoreCase))
            {
                key = key[EscapedAmpersand.Length..];
            }

            if (codec.IsTracking(key))
            {
                droppedTracking = true;
                continue;
            }

            var reason = ReasonToSetAside(key, value, codec.Chooser);
            if (reason is null)
            {
                if (key.Length > 0 || value.Length > 0)
                {
                    kept.Add(KeyValuePair.Create(key, pair.Value));
                }

                continue;
            }

            if (!reported.Add((AnswerIds.Normalize(key), AnswerIds.Normalize(value), reason)))
            {
                continue;
            }

            if (setAside.Count < MaxListed)
            {
                setAside.Add(new IgnoredPart(ShareLinkCodec.Shown(key), ShareLinkCodec.Shown(value), reason));
            }
            else
            {
                unlisted++;
            }
        }

        if (unlisted > 0)
        {
            setAside.Add(new IgnoredPart("…", "…", $"{unlisted} more {(unlisted == 1 ? "part" : "parts")} of the link {IgnoredReasons.MoreIgnored}"));
        }

        return new Sifted(kept, setAside, droppedTracking);
    }

    /// <summary>Null keeps the pair for the codec: it names a question (or is a stray '&amp;', which is nothing).</summary>
    private static string? ReasonToSetAside(string key, string value, Chooser chooser)
    {
        if (key.Length > ShareLinkCodec.MaxPartLength || value.Length > ShareLinkCodec.MaxPartLength)
        {
            return IgnoredReasons.TooLongForAnAnswer;
        }

        if (AnswerIds.Normalize(key).Length == 0 && AnswerIds.Normalize(value).Length == 0)
        {
            return null;
        }

        return chooser.FindQuestion(key) is null ? IgnoredReasons.UnknownQuestion : null;
    }
}
