namespace FrameworkAdvisor.Bench.Tests;

public sealed class ScaledContentTests
{
    [Fact]
    public void Copies_each_comparison_under_new_slugs_and_points_its_links_at_the_copy()
    {
        using var folder = new TemporaryFolder();
        var source = Path.Combine(folder.Path, "content");
        Write(source, "README.md", "authors' notes\n");
        Write(source, "compare/a-vs-b/_index.md", "---\ntitle: A vs B\n---\nSee [aspects](/compare/a-vs-b/aspects/speed).\n");
        Write(source, "compare/a-vs-b/aspects/speed.md", "Back to [the table](/compare/a-vs-b#speed), or [C](/compare/a-vs-b-and-c).\n");
        var target = Path.Combine(folder.Path, "x3", "content");

        ScaledContent.Run(source, "3", target);

        Assert.Equal(
            ["a-vs-b", "a-vs-b-copy-2", "a-vs-b-copy-3"],
            Directory.GetDirectories(Path.Combine(target, "compare")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(
            "Back to [the table](/compare/a-vs-b-copy-3#speed), or [C](/compare/a-vs-b-and-c).\n",
            File.ReadAllText(Path.Combine(target, "compare/a-vs-b-copy-3/aspects/speed.md")));
        Assert.Contains("(/compare/a-vs-b-copy-2/aspects/speed)", File.ReadAllText(Path.Combine(target, "compare/a-vs-b-copy-2/_index.md")), StringComparison.Ordinal);
        Assert.Contains("(/compare/a-vs-b/aspects/speed)", File.ReadAllText(Path.Combine(target, "compare/a-vs-b/_index.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Moves_a_slug_set_in_front_matter_and_the_links_that_use_it()
    {
        var markdown = "---\nslug: a-or-b\n---\n[here](/compare/a-or-b)\n[there](/compare/a-or-b/faq)\n";

        Assert.Equal(
            "---\nslug: a-or-b-copy-2\n---\n[here](/compare/a-or-b-copy-2)\n[there](/compare/a-or-b-copy-2/faq)\n",
            ScaledContent.PointAtCopy(markdown, "a-or-b", "a-or-b-copy-2"));
    }

    [Fact]
    public void Reads_the_slug_only_from_the_first_front_matter_block()
    {
        using var folder = new TemporaryFolder();
        var index = Path.Combine(folder.Path, "_index.md");
        File.WriteAllText(index, "---\ntitle: A vs B\nslug: a-or-b\n---\nslug: not-this\n");

        Assert.Equal("a-or-b", ScaledContent.FrontMatterSlug(index));
    }

    [Fact]
    public void Has_no_slug_when_front_matter_sets_none_so_the_folder_name_is_used()
    {
        using var folder = new TemporaryFolder();
        var index = Path.Combine(folder.Path, "_index.md");
        File.WriteAllText(index, "---\ntitle: A vs B\n---\nslug: not-this\n");

        Assert.Null(ScaledContent.FrontMatterSlug(index));
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
