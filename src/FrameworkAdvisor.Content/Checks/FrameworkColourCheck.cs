namespace FrameworkAdvisor.Content;

/// <summary>
/// A framework's two colours (one per theme) must be #rrggbb, stand out from the page they are drawn on, and not
/// look like a colour that already means something on the site. Across one comparison, no two frameworks may look alike.
/// </summary>
internal static class FrameworkColourCheck
{
    /// <summary>Below this RGB distance two colours read as the same one in a bar or a swatch.</summary>
    private const double MinimumDistance = 60;

    /// <summary>The colour under <paramref name="key"/>, or null after reporting why it cannot be used.</summary>
    public static string? Read(ContentFile file, string key, IReadOnlyList<string> backgrounds, string theme, ContentErrors errors)
    {
        if (file.FrontMatter.RequiredText(key) is not { } text)
        {
            return null;
        }

        var colour = text.Trim().ToLowerInvariant();
        var line = file.FrontMatter.LineOf(key);
        if (!ThemePalette.IsHexColour(colour))
        {
            errors.Add(file.Path, line, $"'{key}' must be a colour written as #rrggbb, such as \"#1f5fbf\", not '{text}'");
            return null;
        }

        var worst = backgrounds.MinBy(background => ThemePalette.Contrast(colour, background))!;
        var contrast = ThemePalette.Contrast(colour, worst);
        if (contrast < ThemePalette.MinimumContrast)
        {
            errors.Add(file.Path, line,
                $"'{key}' {colour} has a contrast of {contrast:0.0}:1 against the {theme} page ({worst}); a framework's colour needs at least " +
                $"{ThemePalette.MinimumContrast:0}:1 to be seen in bars and swatches");
            return null;
        }

        var near = ThemePalette.Reserved.Where(reserved => ThemePalette.Distance(colour, reserved.Colour) < MinimumDistance).ToList();
        if (near is [var (reservedColour, meaning), ..])
        {
            errors.Add(file.Path, line, $"'{key}' {colour} looks like {reservedColour}, which the site uses for {meaning}; a framework needs a colour of its own");
            return null;
        }

        return colour;
    }

    /// <summary>Reports frameworks of one comparison whose colours look alike in either theme.</summary>
    public static void ReportLookalikes(IReadOnlyList<(FrameworkPage Page, ContentFile File)> frameworks, ContentErrors errors)
    {
        for (var i = 0; i < frameworks.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (page, other) = (frameworks[i].Page, frameworks[j].Page);
                if (ThemePalette.Distance(page.Colour, other.Colour) < MinimumDistance || ThemePalette.Distance(page.ColourDark, other.ColourDark) < MinimumDistance)
                {
                    errors.Add(frameworks[i].File.Path, frameworks[i].File.FrontMatter.LineOf("colour"),
                        $"{page.Title}'s colours look like {other.Title}'s; each framework needs its own colour in both themes");
                }
            }
        }
    }
}
