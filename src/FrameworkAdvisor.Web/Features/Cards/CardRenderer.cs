using System.Diagnostics.Metrics;
using FrameworkAdvisor.Recommendations;
using SkiaSharp;

namespace FrameworkAdvisor.Web.Features.Cards;

/// <summary>
/// Draws the picture cards link previews show. A result card gives the verdict in words (the same words as the
/// page's headline), the confidence, how many questions were answered and a bar per framework in its colour. A page
/// card gives the page's title, what it is part of and the frameworks compared. Both carry the site's mark and name.
/// </summary>
public sealed class CardRenderer(CardFonts fonts, IMeterFactory meters)
{
    /// <summary>The meter with the count of cards drawn, by kind (result or page), for dotnet-counters or OpenTelemetry.</summary>
    public const string MeterName = "FrameworkAdvisor.Cards";

    private readonly Counter<long> _drawn = meters.Create(MeterName).CreateCounter<long>("cards.drawn", description: "Cards drawn, tagged result, team or page");
    private long _total;

    private static readonly float[] ResultTitleSizes = [84, 72, 64, 56, 48];
    private static readonly float[] PageTitleSizes = [80, 68, 58, 50];

    /// <summary>Every card drawn since the start, as /healthz reports it.</summary>
    public long Drawn => Interlocked.Read(ref _total);

    /// <summary>
    /// What a result card shows, and so what it is kept under within one comparison and content generation: its
    /// words, the edge's colour and each framework's points. Equal outcomes give byte-identical cards.
    /// </summary>
    public static string OutcomeOf(ResultWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        var result = wording.Result;
        var edge = result.Confidence == Confidence.TossUp ? "neutral" : result.Recommended.Colour;
        return string.Join('|', [wording.Headline, wording.ConfidenceLabel, wording.Answered, edge, .. result.Scores.Select(score => $"{score.Framework.Slug}={score.Points}")]);
    }

    /// <param name="wording">The result, in the words its page uses.</param>
    /// <param name="comparisonTitle">What the card says the result is about.</param>
    /// <param name="siteName">The name beside the site's mark.</param>
    /// <param name="fullBarPoints">
    /// The fewest points a full bar stands for: the lead a clear fit needs. Bars are shares of all points given, but one
    /// answer worth one point is not drawn as a full bar, since the scores show no strong preference.
    /// </param>
    public byte[] DrawResult(ResultWording wording, string comparisonTitle, string siteName, int fullBarPoints)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return DrawVerdict(wording, $"{wording.ConfidenceLabel} · {wording.Answered}", [], comparisonTitle, siteName, fullBarPoints);
    }

    /// <summary>
    /// A team's card: the team's verdict and bars as a result card has them, how the members' own verdicts split, and
    /// a chip per member (their name, in the colour of the framework their own answers recommend).
    /// </summary>
    public byte[] DrawTeam(ResultWording wording, string spread, IReadOnlyList<(string Name, Framework Verdict)> members, string comparisonTitle, string siteName, int fullBarPoints)
    {
        ArgumentNullException.ThrowIfNull(wording);
        ArgumentNullException.ThrowIfNull(members);
        return DrawVerdict(wording, $"{wording.ConfidenceLabel} · {spread}", members, comparisonTitle, siteName, fullBarPoints);
    }

    private byte[] DrawVerdict(
        ResultWording wording, string subline, IReadOnlyList<(string Name, Framework Verdict)> members, string comparisonTitle, string siteName, int fullBarPoints)
    {
        var result = wording.Result;
        using var card = new CardCanvas(fonts);
        // The edge takes the recommended framework's colour only when the answers favour it: a toss-up stays neutral.
        var edge = result.Confidence == Confidence.TossUp ? CardCanvas.Neutral : CardCanvas.ColourOf(result.Recommended.Colour);
        card.Fill(new SKRect(0, 0, 16, CardCanvas.Height), edge);
        card.Brand(siteName);
        using (var kicker = CardCanvas.Font(fonts.Regular, 28))
        {
            card.Write(comparisonTitle, CardCanvas.Right, CardCanvas.Margin + 27, kicker, CardCanvas.Muted, SKTextAlign.Right);
        }

        // The headline and its subline share the space between the header and the bars (and the members' chips, on a
        // team's card), centred in it, at the largest size that leaves them room.
        const float top = 150;
        const float sublineGap = 52;
        const float chipsHeight = 64;
        var barsTop = CardCanvas.Height - CardCanvas.Margin - (result.Scores.Count * RowHeight(result.Scores.Count));
        var space = barsTop - top - 36 - (members.Count > 0 ? chipsHeight : 0);
        var headline = CardCanvas.Fit(wording.Headline, CardCanvas.Right - CardCanvas.Margin, space - sublineGap - 30, 2, ResultTitleSizes, fonts.Bold);
        var headlineTop = top + ((space - headline.Height - sublineGap) / 2);
        card.Draw(headline, headlineTop, CardCanvas.Text);
        using (var sublineFont = CardCanvas.Font(fonts.Regular, 32))
        {
            card.Write(Shortened(subline, sublineFont, CardCanvas.Right - CardCanvas.Margin), CardCanvas.Margin, headlineTop + headline.Height + sublineGap - 8, sublineFont, CardCanvas.Muted);
        }

        if (members.Count > 0)
        {
            DrawChips(card, [.. members.Select(m => (m.Name, m.Verdict.Colour))], barsTop - 28, 26);
        }

        DrawBars(card, result, Math.Max(result.TotalPoints, fullBarPoints));
        return Recorded(card.Png(), members.Count > 0 ? "team" : "result");
    }

    public byte[] DrawPage(PageCard page, string siteName)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var card = new CardCanvas(fonts);
        card.Fill(new SKRect(0, 0, 16, CardCanvas.Height), CardCanvas.Accent);
        card.Brand(siteName);
        using (var kicker = CardCanvas.Font(fonts.Regular, 34))
        {
            card.Write(page.Kicker, CardCanvas.Margin, 218, kicker, CardCanvas.Accent);
        }

        var title = CardCanvas.Fit(page.Title, CardCanvas.Right - CardCanvas.Margin, 250, page.Frameworks.Count > 0 ? 2 : 3, PageTitleSizes, fonts.Bold);
        card.Draw(title, 238, CardCanvas.Text);
        DrawChips(card, [.. page.Frameworks.Select(f => (f.Title, f.Colour))], CardCanvas.Height - CardCanvas.Margin, page.Frameworks.Count > 3 ? 28 : 34);
        return Recorded(card.Png(), "page");
    }

    private byte[] Recorded(byte[] png, string kind)
    {
        Interlocked.Increment(ref _total);
        _drawn.Add(1, new KeyValuePair<string, object?>("kind", kind));
        return png;
    }

    /// <summary>
    /// One row per framework, anchored to the bottom: name, a bar as long as its share of all points given (of at least
    /// <paramref name="fullBar"/> points, and empty when no answer gave a point, so nothing looks more decided than it
    /// is), and its points.
    /// </summary>
    private void DrawBars(CardCanvas card, Recommendation result, int fullBar)
    {
        var count = result.Scores.Count;
        var rowHeight = RowHeight(count);
        var barHeight = rowHeight * 0.5f;
        const float barLeft = 340;
        const float barRight = 900;
        using var name = CardCanvas.Font(fonts.Bold, Math.Min(32, rowHeight * 0.52f));
        using var value = CardCanvas.Font(fonts.Regular, Math.Min(30, rowHeight * 0.5f));
        var top = CardCanvas.Height - CardCanvas.Margin - (count * rowHeight);
        foreach (var score in result.Scores)
        {
            var middle = top + (rowHeight / 2);
            var baseline = middle + (name.Size * 0.36f);
            card.Write(Shortened(score.Framework.Title, name, barLeft - CardCanvas.Margin - 24), CardCanvas.Margin, baseline, name, CardCanvas.Text);
            var track = new SKRect(barLeft, middle - (barHeight / 2), barRight, middle + (barHeight / 2));
            card.Fill(track, CardCanvas.Track, barHeight / 2);
            var share = fullBar == 0 ? 0 : (float)score.Points / fullBar;
            if (share > 0)
            {
                var fill = new SKRect(barLeft, track.Top, barLeft + Math.Max(barHeight, share * (barRight - barLeft)), track.Bottom);
                card.Fill(fill, CardCanvas.ColourOf(score.Framework.Colour), barHeight / 2);
            }

            card.Write(ResultWording.Points(score.Points), CardCanvas.Right, baseline, value, CardCanvas.Text, SKTextAlign.Right);
            top += rowHeight;
        }
    }

    private static float RowHeight(int frameworks) => Math.Min(62f, 230f / frameworks);

    /// <summary>
    /// Labels along one line, each after a dot of its colour: the frameworks a page compares, or a team's members.
    /// Those that do not fit are left off, so the line never runs past the card's edge.
    /// </summary>
    private void DrawChips(CardCanvas card, IReadOnlyList<(string Label, string Colour)> chips, float baseline, float size)
    {
        if (chips.Count == 0)
        {
            return;
        }

        using var font = CardCanvas.Font(fonts.Bold, size);
        var x = CardCanvas.Margin;
        foreach (var (text, colour) in chips)
        {
            var radius = font.Size * 0.4f;
            var label = Shortened(text, font, 300);
            if (x + (radius * 2) + 14 + font.MeasureText(label) > CardCanvas.Right)
            {
                break;
            }

            card.Circle(x + radius, baseline - (font.Size * 0.36f), radius, CardCanvas.ColourOf(colour));
            x += (radius * 2) + 14;
            x += card.Write(label, x, baseline, font, CardCanvas.Text) + 44;
        }
    }

    private static string Shortened(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && font.MeasureText(text[..length] + "…") > maxWidth)
        {
            length--;
        }

        return text[..length] + "…";
    }
}
