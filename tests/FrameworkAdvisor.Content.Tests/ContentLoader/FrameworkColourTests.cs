using FrameworkAdvisor.TestSupport;
using static FrameworkAdvisor.Content.Tests.ContentLoader.LoaderAssertions;

namespace FrameworkAdvisor.Content.Tests.ContentLoader;

/// <summary>
/// Each framework's colour is content, and the loader refuses one readers could not see or could not tell apart,
/// naming the file and line.
/// </summary>
public sealed class FrameworkColourTests : IDisposable
{
    private const string Quill = "compare/trio/frameworks/quill.md";
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Loader_reads_both_colours_of_each_framework_lower_cased()
    {
        _content.Replace(Quill, "colour: \"#1f5fbf\"", "colour: \"#1F5FBF\"");

        var quill = LoadValid(_content.Directory).Comparisons[0].Frameworks[0];

        Assert.Equal(("#1f5fbf", "#78a9ff"), (quill.Colour, quill.ColourDark));
    }

    [Fact]
    public void A_colour_that_is_not_hex_is_refused()
    {
        _content.Replace(Quill, "colour: \"#1f5fbf\"", "colour: blue");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: blue"), "must be a colour written as #rrggbb");
    }

    [Fact]
    public void A_pale_colour_on_the_light_page_is_refused_with_its_contrast()
    {
        _content.Replace(Quill, "colour: \"#1f5fbf\"", "colour: \"#a8c8f0\"");

        var error = SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: \"#a8c8f0\""), "against the light page");
        Assert.Contains("needs at least 3:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dark_colour_on_the_dark_page_is_refused()
    {
        _content.Replace(Quill, "colour_dark: \"#78a9ff\"", "colour_dark: \"#1f3f6f\"");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour_dark"), "against the dark page");
    }

    [Fact]
    public void A_colour_like_the_one_that_means_no_framework_is_refused()
    {
        _content.Replace(Quill, "colour: \"#1f5fbf\"", "colour: \"#7c3aed\"");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: \"#7c3aed\""), "uses for \"no framework\"");
    }

    [Fact]
    public void Two_frameworks_that_look_alike_are_refused()
    {
        _content.Replace(Quill, "colour: \"#1f5fbf\"", "colour: \"#b0580c\"");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: \"#b0580c\""), "Quill's colours look like Lantern's");
    }

    [Fact]
    public void A_framework_without_colours_is_told_which_keys_it_needs()
    {
        _content.Replace(Quill, "colour: \"#1f5fbf\"\n", "");

        SingleErrorAt(_content, Quill, 2, "missing required key 'colour'");
    }

    [Fact]
    public void The_loaders_page_colours_are_the_ones_the_stylesheet_draws_with()
    {
        var css = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "FrameworkAdvisor.Web", "wwwroot", "css", "site.css"));
        var dark = css[css.IndexOf("prefers-color-scheme: dark", StringComparison.Ordinal)..];
        var light = css[..css.IndexOf("prefers-color-scheme: dark", StringComparison.Ordinal)];

        Assert.All(ThemePalette.LightBackgrounds, colour => Assert.Contains(colour, light, StringComparison.OrdinalIgnoreCase));
        Assert.All(ThemePalette.DarkBackgrounds, colour => Assert.Contains(colour, dark, StringComparison.OrdinalIgnoreCase));
        Assert.All(ThemePalette.Reserved, colour => Assert.Contains(colour, css, StringComparison.OrdinalIgnoreCase));
    }
}
