using SkiaSharp;

namespace FrameworkAdvisor.Web.Features.Cards;

/// <summary>
/// The cards' typeface, Inter (SIL Open Font License, see Fonts/OFL.txt), loaded once from the files embedded in the
/// assembly. Nothing is looked up on the machine, so every instance draws the same letters.
/// </summary>
public sealed class CardFonts : IDisposable
{
    public CardFonts()
    {
        Regular = Load("Inter-Regular.otf");
        Bold = Load("Inter-Bold.otf");
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream($"FrameworkAdvisor.Web.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded in the web assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia could not read the font {file}.");
    }
}
