using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests.Quality;

/// <summary>What every page does when it loads in an ordinary browser: its console, its requests, its width.</summary>
[Collection(BrowserSuiteDefinition.Name)]
public sealed class PageLoadTests(BrowserSuite suite)
{
    /// <summary>
    /// The policy the site means to send: nothing but its own files, so no inline script, style or event handler.
    /// Added here to each page as it arrives, so this test proves the pages keep to it whatever header the site sends.
    /// A JSON-LD block is data the browser never runs, so the policy allows it; the browser must still parse it.
    /// </summary>
    private const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private const string InlineCode = """
        () => [
          ...[...document.querySelectorAll('script:not([src])')].filter(s => s.type !== 'application/ld+json').map(() => 'an inline <script>'),
          ...[...document.querySelectorAll('script[type="application/ld+json"]')].flatMap(s => {
            try { JSON.parse(s.textContent); return []; } catch (e) { return ['JSON-LD the browser cannot parse: ' + e.message]; }
          }),
          ...[...document.querySelectorAll('style')].map(() => 'a <style> element'),
          ...[...document.querySelectorAll('[style]')].map(e => 'a style attribute on <' + e.tagName.toLowerCase() + '>'),
          ...[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => a.name + ' on <' + e.tagName.toLowerCase() + '>'))
        ]
        """;

    /// <summary>Nothing when the page fits its screen; otherwise the widths and the first elements that stick out.</summary>
    private const string MeasureOverflow = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return [];
          const wide = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(0, 5)
            .map(e => '<' + e.tagName.toLowerCase() + (e.className ? ' class="' + e.className + '"' : '') + '> ends at ' + Math.round(e.getBoundingClientRect().right) + ' px');
          return ['page is ' + root.scrollWidth + ' px wide for a ' + root.clientWidth + ' px screen', ...wide];
        }
        """;

    [Fact]
    public async Task Every_page_loads_under_a_strict_content_security_policy_with_no_console_error()
    {
        var pages = await AuditedPages.ListAsync(suite);
        await using var context = await suite.NewContextAsync();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.ResourceType != "document")
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = StrictPolicy };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });
        var found = await AuditedPages.VisitAsync(pages, context, async (page, audited) =>
        {
            var problems = new List<string>();
            void OnConsole(object? sender, IConsoleMessage message)
            {
                if (message.Type == "error" && !IsTheExpectedErrorStatus(message, audited))
                {
                    problems.Add($"{audited.Path}: console error: {message.Text}");
                }
            }

            void OnPageError(object? sender, string error) => problems.Add($"{audited.Path}: uncaught error: {error}");

            page.Console += OnConsole;
            page.PageError += OnPageError;
            var response = await page.GotoAsync(audited.Path);
            Assert.Equal(audited.Status, response?.Status);
            problems.AddRange((await page.EvaluateAsync<string[]>(InlineCode)).Select(inline => $"{audited.Path}: {inline}"));
            page.Console -= OnConsole;
            page.PageError -= OnPageError;
            return problems;
        });
        var problems = found.SelectMany(p => p).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>
    /// A first visit asks for more than the page names (an icon, say), and a header the browser does not understand is
    /// only a console warning: neither fails the page, so each is looked for here. The page's own status is allowed.
    /// </summary>
    [Fact]
    public async Task Every_page_gets_every_file_it_asks_for_and_logs_no_warning()
    {
        var pages = await AuditedPages.ListAsync(suite);
        await using var context = await suite.NewContextAsync();
        var found = await AuditedPages.VisitAsync(pages, context, async (page, audited) =>
        {
            var problems = new List<string>();
            void OnConsole(object? sender, IConsoleMessage message)
            {
                if (message.Type is "warning" or "error" && !IsTheExpectedErrorStatus(message, audited))
                {
                    problems.Add($"{audited.Path}: console {message.Type}: {message.Text}");
                }
            }

            void OnResponse(object? sender, IResponse response)
            {
                if (response.Status >= 400 && response.Request.ResourceType != "document")
                {
                    problems.Add($"{audited.Path}: {response.Status} for {response.Url}");
                }
            }

            page.Console += OnConsole;
            page.Response += OnResponse;
            await page.GotoAsync(audited.Path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            page.Console -= OnConsole;
            page.Response -= OnResponse;
            return problems;
        });
        var problems = found.SelectMany(p => p).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task No_page_requests_anything_from_another_origin()
    {
        var pages = await AuditedPages.ListAsync(suite);
        await using var context = await suite.NewContextAsync();
        var requested = (await AuditedPages.VisitAsync(pages, context, async (page, audited) =>
        {
            var urls = new List<(string Page, string Url)>();
            void OnRequest(object? sender, IRequest request) => urls.Add((audited.Path, request.Url));
            page.Request += OnRequest;
            await page.GotoAsync(audited.Path);
            page.Request -= OnRequest;
            return urls;
        })).SelectMany(urls => urls).ToList();

        var origin = suite.Origin.GetLeftPart(UriPartial.Authority);
        Assert.Contains(requested, r => r.Url.EndsWith(".css", StringComparison.Ordinal) || r.Url.Contains(".css?", StringComparison.Ordinal));
        var foreign = requested.Where(r => new Uri(r.Url).GetLeftPart(UriPartial.Authority) != origin).Select(r => $"{r.Page} requested {r.Url}");
        Assert.Empty(foreign);
    }

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_320_px_wide_screen()
    {
        var pages = await AuditedPages.ListAsync(suite);
        await using var context = await suite.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var overflows = await AuditedPages.VisitAsync(pages, context, async (page, audited) =>
        {
            await page.GotoAsync(audited.Path);
            var overflow = await page.EvaluateAsync<string[]>(MeasureOverflow);
            return overflow.Length == 0 ? "" : $"{audited.Path}: {string.Join("; ", overflow)}{Environment.NewLine}";
        });
        var report = string.Concat(overflows);

        Assert.True(report.Length == 0, report.ToString());
    }

    /// <summary>Chromium logs an error page's own status (such as 404) to the console; that is the page working.</summary>
    private bool IsTheExpectedErrorStatus(IConsoleMessage message, AuditedPage page) =>
        page.Status != 200
        && message.Text.Contains($"status of {page.Status}", StringComparison.Ordinal)
        && message.Location.StartsWith(new Uri(suite.Origin, page.Path).ToString(), StringComparison.Ordinal);
}
