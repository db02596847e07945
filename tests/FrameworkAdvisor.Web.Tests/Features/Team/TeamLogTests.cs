using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrameworkAdvisor.Web.Tests.Features.Team;

/// <summary>Names travel in team links, and a link is a request's query: with the site's own log settings, none reaches a log line.</summary>
public sealed class TeamLogTests
{
    private const string Name = "Zyxwvu";

    [Fact]
    public async Task No_name_from_a_team_link_form_or_api_call_reaches_a_log_line()
    {
        var log = new CapturedLog();
        using var site = new SiteFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(log)));
        var client = site.CreateClient();

        foreach (var path in new[]
        {
            $"/compare/trio/choose/team?_m={Name}&_m=Bob&parts=pick.either",
            $"/compare/trio/choose/team?_m={Name}&_m=Bob&parts=pick.either&utm_source=x",
            $"/compare/trio/choose/team/join?_m={Name}&parts=pick",
            $"/compare/trio/choose/team/add?_name={Name}&parts=pick",
            $"/compare/trio/choose/team/decision-record?_m={Name}&_m=Bob&parts=pick.either",
            $"/cards/compare/trio/choose/team.png?_m={Name}&_m=Bob&parts=pick.either",
            $"/compare/trio/choose/team?_m={Name}{new string('x', 30)}&parts=pick",
        })
        {
            using var response = await client.GetAsync(path);
        }

        using var api = await client.PostAsync("/api/comparisons/trio/team-recommendation",
            new StringContent($$$"""{"members": [{"name": "{{{Name}}}", "answers": {"parts": "pick"}}, {"answers": {"nope": "x"}}]}""", Encoding.UTF8, "application/json"));

        Assert.NotEmpty(log.Lines);
        Assert.DoesNotContain(log.Lines, line => line.Contains(Name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every line the app logs at its configured levels, with its message and every structured value.</summary>
    private sealed class CapturedLog : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            _lines.Enqueue($"scope {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            _lines.Enqueue($"{logLevel} {formatter(state, exception)} {values} {exception}");
        }

        public void Dispose()
        {
        }
    }
}
