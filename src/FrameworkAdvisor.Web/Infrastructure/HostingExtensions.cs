using FrameworkAdvisor.Content;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.Infrastructure;

public static class HostingExtensions
{
    /// <summary>
    /// Runs the site; a start-up refused for bad content or bad settings ends with exit code 1 and a plain message,
    /// not a stack trace. The individual content errors have already been logged with file and line.
    /// </summary>
    public static async Task<int> RunSiteAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (InvalidContentException ex)
        {
            await Console.Error.WriteLineAsync(
                $"The site did not start: the content has {ex.Errors.Count} error(s), listed above. " +
                "Fix them, or check them without starting the site: dotnet run --project src/FrameworkAdvisor.Web -- validate");
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"The site did not start: {string.Join(" ", ex.Failures)}");
            return 1;
        }
    }
}
