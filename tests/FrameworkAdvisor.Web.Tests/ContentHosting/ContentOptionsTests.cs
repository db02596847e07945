using FrameworkAdvisor.TestSupport;
using FrameworkAdvisor.Web.ContentHosting;
using Microsoft.Extensions.Configuration;

namespace FrameworkAdvisor.Web.Tests.ContentHosting;

public sealed class ContentOptionsTests
{
    private static readonly string WebProject = Path.Combine(TestPaths.RepositoryRoot, "src", "FrameworkAdvisor.Web");

    [Fact]
    public void Default_settings_read_the_repositorys_content_and_build_the_database_outside_src()
    {
        // As `dotnet run --project src/FrameworkAdvisor.Web` sees them: the shipped appsettings.json over the defaults.
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(WebProject, "appsettings.json")).Build();
        var options = configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions();

        var paths = ContentPaths.Resolve(options, WebProject);

        Assert.Equal(TestPaths.ShippedContent, paths.ContentDirectory);
        Assert.StartsWith(Path.Combine(TestPaths.RepositoryRoot, "artifacts") + Path.DirectorySeparatorChar, paths.DatabasePath, StringComparison.Ordinal);
    }
}
