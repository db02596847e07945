using FrameworkAdvisor.Content;
using FrameworkAdvisor.TestSupport;
using Microsoft.Playwright;

namespace FrameworkAdvisor.Web.BrowserTests;

/// <summary>
/// One site and one Chromium for the whole suite, so it stays fast. Each test opens its own browser context,
/// which is as fresh as a new browser profile. Missing prerequisites fail the suite; they never skip it.
/// </summary>
public sealed class BrowserSuite : IAsyncLifetime, IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // The flags this machine's headless Chromium needs (no sandbox as root, no GPU) and the ones that keep it from
    // making requests of its own, which would muddy the same-origin and page-weight checks.
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly KestrelSite _site = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string AxePath => Path.Combine(TestPaths.RepositoryRoot, "tests", "FrameworkAdvisor.Web.BrowserTests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Screenshots land here, at the repository root, where CI can keep them.</summary>
    public static string ScreenshotDirectory => Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");

    /// <summary>The shipped comparison, read from content/ so the tests name no framework themselves.</summary>
    public Comparison Comparison { get; } = new ContentLoader(new MarkdownRenderer()).Load(TestPaths.ShippedContent).Content!.Comparisons[0];

    public Uri Origin { get; private set; } = null!;

    public string AxeSource { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Run `bash scripts/test.sh`, which installs Debian's chromium package with apt-get.");
        }

        if (!File.Exists(AxePath))
        {
            throw new InvalidOperationException(
                $"axe-core is missing ({AxePath}). Run `bash scripts/test.sh`, which runs `npm ci` in tests/FrameworkAdvisor.Web.BrowserTests.");
        }

        AxeSource = await File.ReadAllTextAsync(AxePath);
        Directory.CreateDirectory(ScreenshotDirectory);
        Origin = _site.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });
    }

    /// <summary>A fresh context (cookies, cache, storage, permissions) whose relative URLs resolve against the site.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Origin.ToString();
        return Browser.NewContextAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>After the browser has closed (xunit calls this after <see cref="DisposeAsync"/>), the site stops.</summary>
    public void Dispose() => _site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BrowserSuiteDefinition : ICollectionFixture<BrowserSuite>
{
    public const string Name = "Browser suite";
}
