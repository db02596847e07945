using System.Collections.Frozen;

namespace FrameworkAdvisor.Recommendations;

/// <summary>
/// The query parameters that platforms, ad networks and mail tools add to links people share: they say where a click
/// came from, never what someone answered. The list is kept here and nowhere else. A share link drops them without a
/// word (the page redirects to the link without them), and they never count towards a link's length limits.
/// </summary>
public static class TrackingParameters
{
    /// <summary>Families of campaign parameters: Google Analytics' utm_*, Matomo's mtm_* and pk_*, HubSpot ads' hsa_*.</summary>
    private static readonly string[] Prefixes = ["utm_", "mtm_", "pk_", "hsa_"];

    private static readonly FrozenSet<string> Names = FrozenSet.Create(
        StringComparer.Ordinal,
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "igshid", "igsh", "ref", "ref_src", "ref_url", "si", "srsltid", "_ga", "_gl",
        "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "rb_clickid", "s_cid",
        "fb_action_ids", "fb_action_types", "fb_source", "fb_ref", "wickedid", "_openstat");

    /// <summary>
    /// Whether a key (already <see cref="AnswerIds.Normalize"/>d) names a tracking parameter. A question whose id
    /// happens to be on the list is still a question: <see cref="ShareLinkCodec.IsTracking"/> checks that first.
    /// </summary>
    public static bool Matches(string normalizedKey)
    {
        ArgumentNullException.ThrowIfNull(normalizedKey);
        return Names.Contains(normalizedKey)
            || Prefixes.Any(prefix => normalizedKey.Length > prefix.Length && normalizedKey.StartsWith(prefix, StringComparison.Ordinal));
    }
}
