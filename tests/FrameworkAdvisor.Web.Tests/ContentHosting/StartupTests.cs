using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Web.Tests.ContentHosting;

/// <summary>Authors get a clear, complete answer about broken content, from the site and from the validate command.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly ContentFolder _content = ContentFolder.CopyOfFixture();
    private readonly TemporaryDirectory _directory = new();

    public void Dispose()
    {
        _content.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task Site_refuses_to_start_on_invalid_content_and_lists_every_error_with_file_and_line()
    {
        BreakTwoFiles();

        var (exitCode, output) = await SiteProcess.RunAsync(_content.Directory, _directory.File("content.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("content/compare/trio/aspects/speed.md:4: 'weight' must be a whole number", output, StringComparison.Ordinal);
        Assert.Contains("content/compare/duo/recommendations.md:6: rule 'kettle-for-water' favours unknown framework 'ketle'", output, StringComparison.Ordinal);
        Assert.Contains("The site did not start", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_directory.File("content.db")), "no database should be written from invalid content");
    }

    [Fact]
    public async Task Site_refuses_to_start_when_the_content_folder_is_missing_and_says_which_path()
    {
        var missing = Path.Combine(_directory.Path, "no-content-here");

        var (exitCode, output) = await SiteProcess.RunAsync(missing, _directory.File("content.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"content folder not found: {missing}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_command_exits_0_on_valid_content_names_drafts_and_writes_no_database()
    {
        _content.Write("compare/trio/aspects/pricing.md", "---\ntitle: Pricing\ndraft: true\n---\n");

        var (exitCode, output) = await SiteProcess.RunAsync(_content.Directory, _directory.File("content.db"), "validate");

        Assert.Equal(0, exitCode);
        Assert.Contains("content/compare/trio/aspects/pricing.md: skipped, marked 'draft: true'", output, StringComparison.Ordinal);
        Assert.Contains("Content is valid: 20 files, 2 comparisons", output, StringComparison.Ordinal);
        Assert.False(File.Exists(_directory.File("content.db")));
    }

    [Fact]
    public async Task Validate_command_exits_1_and_lists_every_error()
    {
        BreakTwoFiles();

        var (exitCode, output) = await SiteProcess.RunAsync(_content.Directory, _directory.File("content.db"), "validate");

        Assert.Equal(1, exitCode);
        Assert.Contains("content/compare/trio/aspects/speed.md:4:", output, StringComparison.Ordinal);
        Assert.Contains("content/compare/duo/recommendations.md:6:", output, StringComparison.Ordinal);
        Assert.Contains("2 errors", output, StringComparison.Ordinal);
    }

    private void BreakTwoFiles()
    {
        _content
            .Replace("compare/trio/aspects/speed.md", "weight: 10", "weight: first")
            .Replace("compare/duo/recommendations.md", "favours: kettle", "favours: ketle");
        Assert.Equal(4, _content.LineOf("compare/trio/aspects/speed.md", "weight: first"));
        Assert.Equal(6, _content.LineOf("compare/duo/recommendations.md", "favours: ketle"));
    }
}
