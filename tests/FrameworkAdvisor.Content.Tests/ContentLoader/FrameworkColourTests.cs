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
        _content.Replace(Quill, "colour: \"#0f766e\"", "colour: \"#0F766E\"");

        var quill = LoadValid(_content.Directory).Comparisons[0].Frameworks[0];

        Assert.Equal(("#0f766e", "#2dd4bf"), (quill.Colour, quill.ColourDark));
    }

    [Fact]
    public void A_colour_that_is_not_hex_is_refused()
    {
        _content.Replace(Quill, "colour: \"#0f766e\"", "colour: blue");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: blue"), "must be a colour written as #rrggbb");
    }

    [Fact]
    public void A_pale_colour_on_the_light_page_is_refused_with_its_contrast()
    {
        _content.Replace(Quill, "colour: \"#0f766e\"", "colour: \"#a8c8f0\"");

        var error = SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: \"#a8c8f0\""), "against the light page");
        Assert.Contains("needs at least 3:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dark_colour_on_the_dark_page_is_refused()
    {
        _content.Replace(Quill, "colour_dark: \"#2dd4bf\"", "colour_dark: \"#1f3f6f\"");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour_dark"), "against the dark page");
    }

    [Fact]
    public void A_colour_that_already_means_something_on_the_site_is_refused()
    {
        _content.Replace(Quill, "colour: \"#0f766e\"", "colour: \"#7c3aed\"");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: \"#7c3aed\""), "which the site uses for calls it even");
    }

    [Fact]
    public void A_framework_may_not_wear_the_colour_of_links()
    {
        _content.Replace(Quill, "colour: \"#0f766e\"", "colour: \"#2060c0\"");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: \"#2060c0\""), "which the site uses for links and actions");
    }

    [Fact]
    public void Two_frameworks_that_look_alike_are_refused()
    {
        _content.Replace(Quill, "colour: \"#0f766e\"", "colour: \"#c01a60\"");

        SingleErrorAt(_content, Quill, _content.LineOf(Quill, "colour: \"#c01a60\""), "Quill's colours look like Lantern's");
    }

    [Fact]
    public void A_framework_without_colours_is_told_which_keys_it_needs()
    {
        _content.Replace(Quill, "colour: \"#0f766e\"\n", "");

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
        Assert.All(ThemePalette.Reserved, reserved => Assert.Contains(reserved.Colour, css, StringComparison.OrdinalIgnoreCase));
    }
}
