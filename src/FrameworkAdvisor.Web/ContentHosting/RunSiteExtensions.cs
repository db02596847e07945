using FrameworkAdvisor.Recommendations;
using Microsoft.Extensions.Options;

namespace FrameworkAdvisor.Web.ContentHosting;

public static class RunSiteExtensions
{
    /// <summary>
    /// Runs the site; a start-up refused for bad content or bad settings ends with exit code 1 and a plain message,
    /// not a stack trace. The individual content errors have already been logged with file and line.
    /// </summary>
    public static async Task<int> RunSiteAsync(this WebApplication app)
    {
        try
        {
            // Asked for before running: RunAsync disposes the services when the site stops.
            var startupImport = app.Services.GetRequiredService<ContentStartupImport>();
            await app.RunAsync();
            if (startupImport.Errors is { } errors)
            {
                await Console.Error.WriteLineAsync(StoppedForContent(errors.Count));
                return 1;
            }

            if (startupImport.Outcome.Exception?.InnerException is { } failure)
            {
                await Console.Error.WriteLineAsync($"The site did not start: the content import failed: {failure.Message}");
                return 1;
            }

            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"The site did not start: {string.Join(" ", ex.Failures)}");
            return 1;
        }
    }

    private static string StoppedForContent(int errorCount) =>
        $"The site did not start: the content has {Counted.Of(errorCount, "error")}, listed above. " +
        "Fix them, or check them without starting the site: dotnet run --project src/FrameworkAdvisor.Web -- validate";
}
