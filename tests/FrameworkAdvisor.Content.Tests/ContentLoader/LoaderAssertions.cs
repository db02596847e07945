using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Content.Tests.ContentLoader;

internal static class LoaderAssertions
{
    public static ContentLoadResult Load(string directory) => new Content.ContentLoader(new MarkdownRenderer()).Load(directory);

    public static ContentSet LoadValid(string directory)
    {
        var result = Load(directory);
        Assert.True(result.Succeeded, "expected valid content, got:\n" + string.Join("\n", result.Errors));
        return result.Content!;
    }

    /// <summary>Asserts one error names this file and line and says what is wrong, and returns it.</summary>
    public static ContentError SingleErrorAt(ContentFolder content, string relativePath, int line, string messagePart)
    {
        var result = Load(content.Directory);
        Assert.False(result.Succeeded);
        var expectedFile = "content/" + relativePath;
        var matches = result.Errors.Where(e => e.File == expectedFile && e.Line == line && e.Message.Contains(messagePart, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1,
            $"expected one error at {expectedFile}:{line} containing '{messagePart}', got:\n{string.Join("\n", result.Errors)}");
        return matches[0];
    }
}
