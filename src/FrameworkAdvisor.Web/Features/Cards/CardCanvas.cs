using SkiaSharp;

namespace FrameworkAdvisor.Web.Features.Cards;

/// <summary>
/// One card being drawn: a 1200×630 surface (the size Open Graph and Twitter's large summary card expect) and the
/// few drawing steps the cards share. Text is laid out here, by measuring words, so long titles wrap and shrink
/// rather than run off the card. Antialiased without hinting or LCD tricks, so the pixels depend only on the text,
/// the embedded font and Skia's version.
/// </summary>
public sealed class CardCanvas : IDisposable
{
    public const int Width = 1200;
    public const int Height = 630;
    public const float Margin = 72;
    public const float Right = Width - Margin;
    public const float LineSpacing = 1.16f;

    public static readonly SKColor Background = SKColor.Parse("#fdfcfa");
    public static readonly SKColor Text = SKColor.Parse("#1d1f24");
    public static readonly SKColor Muted = SKColor.Parse("#4f5561");
    public static readonly SKColor Track = SKColor.Parse("#e6e7eb");
    public static readonly SKColor Accent = SKColor.Parse("#1f5fbf");
    public static readonly SKColor Amber = SKColor.Parse("#f4b063");
    public static readonly SKColor Neutral = SKColor.Parse("#9aa0aa");

    private readonly SKSurface _surface;

    public CardCanvas(CardFonts fonts)
    {
        Fonts = fonts;
        _surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not make a drawing surface.");
        Canvas = _surface.Canvas;
        Canvas.Clear(Background);
    }

    public CardFonts Fonts { get; }

    public SKCanvas Canvas { get; }

    /// <summary>A framework's colour from content (#rrggbb), or the site's accent if it has none that parses.</summary>
    public static SKColor ColourOf(string hex) => SKColor.TryParse(hex, out var colour) ? colour : Accent;

    public static SKFont Font(SKTypeface typeface, float size) => new(typeface, size)
    {
        Edging = SKFontEdging.Antialias,
        Hinting = SKFontHinting.None,
        Subpixel = true,
    };

    public void Fill(SKRect rect, SKColor colour, float radius = 0)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        Canvas.DrawRoundRect(rect, radius, radius, paint);
    }

    public void Circle(float x, float y, float radius, SKColor colour)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        Canvas.DrawCircle(x, y, radius, paint);
    }

    /// <summary>One line of text with its baseline at <paramref name="y"/>; returns its width.</summary>
    public float Write(string text, float x, float y, SKFont font, SKColor colour, SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        Canvas.DrawText(text, x, y, align, font, paint);
        return font.MeasureText(text);
    }

    /// <summary>
    /// The site's mark and name, top left, as on every page: the same mark as the favicon (two score bars on a tile).
    /// </summary>
    public void Brand(string siteName)
    {
        const float size = 48;
        var top = Margin - 8;
        Fill(new SKRect(Margin, top, Margin + size, top + size), Accent, 10.5f);
        Fill(new SKRect(Margin + 9, top + 12, Margin + 39, top + 21), SKColors.White, 4.5f);
        Fill(new SKRect(Margin + 9, top + 27, Margin + 27, top + 36), Amber, 4.5f);
        using var font = Font(Fonts.Bold, 30);
        Write(siteName, Margin + size + 18, top + 35, font, Text);
    }

    /// <summary>
    /// Wraps <paramref name="text"/> into at most <paramref name="maxLines"/> lines of <paramref name="maxWidth"/> and
    /// no more than <paramref name="maxHeight"/>, trying each size from the largest. Text too long even at the smallest
    /// size ends in "…", and so does a word wider than the card, so nothing runs off the edge.
    /// </summary>
    public static TextBlock Fit(string text, float maxWidth, float maxHeight, int maxLines, IReadOnlyList<float> sizes, SKTypeface typeface)
    {
        foreach (var size in sizes)
        {
            using var font = Font(typeface, size);
            var lines = Wrap(text, font, maxWidth);
            var fits = lines.Count <= maxLines && lines.Count * size * LineSpacing <= maxHeight;
            if (fits || size == sizes[^1])
            {
                if (lines.Count > maxLines)
                {
                    lines = [.. lines.Take(maxLines - 1), string.Join(' ', lines.Skip(maxLines - 1))];
                }

                return new TextBlock([.. lines.Select(line => Ellipsize(line, font, maxWidth))], size, typeface);
            }
        }

        throw new ArgumentException("At least one size is needed.", nameof(sizes));
    }

    /// <summary>Draws a fitted block from <paramref name="top"/>.</summary>
    public void Draw(TextBlock block, float top, SKColor colour)
    {
        ArgumentNullException.ThrowIfNull(block);
        using var font = Font(block.Typeface, block.Size);
        var baseline = top + block.Size;
        foreach (var line in block.Lines)
        {
            Write(line, Margin, baseline, font, colour);
            baseline += block.Size * LineSpacing;
        }
    }

    /// <summary>The finished card as PNG bytes.</summary>
    public byte[] Png()
    {
        using var pixels = _surface.PeekPixels();
        using var data = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, zLibLevel: 6))
            ?? throw new InvalidOperationException("Skia could not encode the card as PNG.");
        return data.ToArray();
    }

    public void Dispose() => _surface.Dispose();

    private static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>As much of <paramref name="text"/> as fits with "…" after it, cut at a character, never past the width.</summary>
    private static string Ellipsize(string text, SKFont font, float maxWidth)
    {
        if (font.MeasureText(text) <= maxWidth)
        {
            return text;
        }

        var length = text.Length;
        while (length > 0 && font.MeasureText(text[..length].TrimEnd() + "…") > maxWidth)
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }
}

/// <summary>Text wrapped to fit: its lines, at one size of one typeface.</summary>
public sealed record TextBlock(IReadOnlyList<string> Lines, float Size, SKTypeface Typeface)
{
    public float Height => Lines.Count * Size * CardCanvas.LineSpacing;
}
