using FrameworkAdvisor.Content;

namespace FrameworkAdvisor.Bench.Tests;

public sealed class ScaledContentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bench-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Copies_each_comparison_under_new_slugs_and_points_its_links_at_the_copy()
    {
        var source = Path.Combine(_folder, "content");
        Write(source, "README.md", "authors' notes\n");
        Write(source, "compare/a-vs-b/_index.md", "---\ntitle: A vs B\n---\nSee [aspects](/compare/a-vs-b/aspects/speed).\n");
        Write(source, "compare/a-vs-b/aspects/speed.md", "Back to [the table](/compare/a-vs-b#speed), or [C](/compare/a-vs-b-and-c).\n");
        var target = Path.Combine(_folder, "x3", "content");

        ScaledContent.Write(source, 3, target);

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
    public void Reads_the_slug_only_from_the_front_matter_as_yaml()
    {
        Write(_folder, "_index.md", "---\ntitle: A vs B\nslug: \"a-or-b\"\n---\nslug: not-this\n");

        Assert.Equal("a-or-b", ScaledContent.SlugOf(Path.Combine(_folder, "_index.md"), new MarkdownRenderer()));
    }

    [Fact]
    public void Has_no_slug_when_front_matter_sets_none_so_the_folder_name_is_used()
    {
        Write(_folder, "_index.md", "---\ntitle: A vs B\n---\nslug: not-this\n");

        Assert.Null(ScaledContent.SlugOf(Path.Combine(_folder, "_index.md"), new MarkdownRenderer()));
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
