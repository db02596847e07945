using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace FrameworkAdvisor.Web.Tests;

/// <summary>
/// The built site as a long-running process on a loopback port of its own choosing, for what only a real process
/// shows: how it answers signals from the system.
/// </summary>
internal sealed partial class RunningSiteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningSiteProcess(Process process) => _process = process;

    public Uri Origin => _listening.Task.Result;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<RunningSiteProcess> StartAsync(string contentDirectory, string databasePath, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FrameworkAdvisor.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Content__Directory"] = contentDirectory;
        start.Environment["Content__DatabasePath"] = databasePath;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var site = new RunningSiteProcess(Process.Start(start)!);
        site._process.OutputDataReceived += (_, line) => site.Add(line.Data);
        site._process.ErrorDataReceived += (_, line) => site.Add(line.Data);
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(StartLimit);
        try
        {
            await site._listening.Task.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await site.DisposeAsync();
            throw new Xunit.Sdk.XunitException($"the site did not start listening within {StartLimit.TotalSeconds} s:\n{site.Output}");
        }

        return site;
    }

    /// <summary>What an orchestrator sends to stop a container or service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>The exit code, or null if the process was still running after <paramref name="limit"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["origin"].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (?<origin>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
