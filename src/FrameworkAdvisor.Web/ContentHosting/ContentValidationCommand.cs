using FrameworkAdvisor.Recommendations;
using FrameworkAdvisor.Content;

namespace FrameworkAdvisor.Web.ContentHosting;

/// <summary>
/// `dotnet run --project src/FrameworkAdvisor.Web -- validate`: checks the content without serving or writing
/// anything. Exit code 0 when the content is valid, 1 when it is not.
/// </summary>
public static class ContentValidationCommand
{
    public static bool IsRequested(string[] args) => args is ["validate", ..];

    public static int Run(WebApplicationBuilder builder) =>
        Run(builder.Configuration, builder.Environment.ContentRootPath, Console.Out, Console.Error);

    public static int Run(IConfiguration configuration, string contentRoot, TextWriter output, TextWriter errorOutput)
    {
        var options = configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions();
        var paths = ContentPaths.Resolve(options, contentRoot);
        var result = new ContentLoader(new MarkdownRenderer()).Load(paths.ContentDirectory);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                errorOutput.WriteLine(error);
            }

            errorOutput.WriteLine($"{Counted.Of(result.Errors.Count, "error")} in {paths.ContentDirectory}");
            return 1;
        }

        var content = result.Content!;
        foreach (var draft in content.SkippedDrafts)
        {
            output.WriteLine($"{draft}: skipped, marked 'draft: true'");
        }

        output.WriteLine(
            $"Content is valid: {Counted.Of(content.FileCount, "file")}, {Counted.Of(content.Comparisons.Count, "comparison")}, " +
            $"{Counted.Of(content.Comparisons.Sum(c => c.Aspects.Count), "aspect")}, version {content.Version}");
        return 0;
    }
}
