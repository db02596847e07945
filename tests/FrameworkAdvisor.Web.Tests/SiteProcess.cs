using System.Diagnostics;

namespace FrameworkAdvisor.Web.Tests;

/// <summary>Runs the built site as its own process, as an author or operator would, and captures what it prints.</summary>
internal static class SiteProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static Task<(int ExitCode, string Output)> RunAsync(string contentDirectory, string databasePath, params string[] arguments) =>
        RunAsync(contentDirectory, databasePath, new Dictionary<string, string>(), arguments);

    /// <summary>Runs the site with extra settings, given as environment variables such as RateLimiting__WindowSeconds.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string contentDirectory, string databasePath, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FrameworkAdvisor.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Content__Directory"] = contentDirectory;
        start.Environment["Content__DatabasePath"] = databasePath;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var (exitCode, output, errors) = await RunToExitAsync(start, Limit, "the site");
        return (exitCode, output + errors);
    }

    /// <summary>Runs a process to its end and returns what it printed on each stream; fails the test if it outlasts <paramref name="limit"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunToExitAsync(ProcessStartInfo start, TimeSpan limit, string what)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"{what} was still running after {limit.TotalSeconds} s; expected it to exit");
        }

        return (process.ExitCode, await output, await errors);
    }
}
