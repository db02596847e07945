using System.Globalization;
using System.Text;

namespace FrameworkAdvisor.Web.Tests.Http.Security;

/// <summary>One generated request: the exact request target (path and query, sent as written), and an optional body.</summary>
public sealed record HostileRequest(string Category, string Method, string Target, string? ContentType = null, byte[]? Body = null)
{
    public override string ToString() =>
        $"[{Category}] {Method} {Shorten(Target)}" + (Body is null ? "" : $" ({ContentType ?? "no content type"}, {Body.Length} bytes: {Shorten(Encoding.UTF8.GetString(Body))})");

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..160] + $"… ({text.Length} chars)";
}

/// <summary>What the site serves, read from the running app, so the requests aim at real routes and real ids.</summary>
public sealed record SiteShape(
    IReadOnlyList<string> Comparisons,
    IReadOnlyList<string> ChooserComparisons,
    IReadOnlyList<string> Frameworks,
    IReadOnlyList<string> Aspects,
    IReadOnlyList<string> QuestionIds,
    IReadOnlyList<string> OptionIds,
    string StaticFile);

/// <summary>
/// Generates hostile requests from a seed, so a failing run can be repeated exactly. Every payload carries one of the
/// <see cref="Markers"/>; the test checks that none of them ever comes back verbatim.
/// </summary>
public sealed class HostileRequestGenerator(int seed, SiteShape site)
{
    /// <summary>Text that is only dangerous if a page or header shows it without escaping.</summary>
    public static readonly string[] Markers = ["<script>alert(", "\"><img src=x onerror=", "'><svg/onload="];

    private static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg/onload=alert(1)>",
        "javascript:<script>alert(document.cookie)</script>",
        "' OR '1'='1",
        "'; DROP TABLE comparisons; --",
        "1 UNION SELECT sql FROM sqlite_master --",
        "\" OR \"\"=\"",
        "%27%20OR%201=1--",
        "{{7*7}}${7*7}<%= 7*7 %>",
        "../../../../etc/passwd",
        "\u0000\u0001\u001b[31m",
        "😀🔥👩‍💻\u202e\u200b",
        "Ωμέγα/日本語/עברית",
    ];

    private static readonly string[] Traversals =
    [
        "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "%2e%2e%2f%2e%2e%2fappsettings.json",
        "..%2f..%2f..%2fappsettings.json",
        "..%252f..%252f..%252fetc%252fpasswd",
        "%252e%252e%252fappsettings.json",
        "..%5c..%5c..%5cappsettings.json",
        "..\\..\\..\\appsettings.json",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "%c0%af..%c0%afappsettings.json",
        "%e0%80%ae%e0%80%ae/etc/passwd",
        "%uff0e%uff0e/%uff0e%uff0e/etc/passwd",
        "appsettings.json%00.css",
        "chooser.js%00",
        "%00",
        "....//....//etc/passwd",
        "..;/..;/appsettings.json",
        "%2fetc%2fpasswd",
        "/etc/passwd",
        "FrameworkAdvisor.Web.dll",
        "../FrameworkAdvisor.Web.deps.json",
        "../../artifacts/content.db",
    ];

    /// <summary>FTS5's own query language, and text that breaks naive query builders: none of it may reach SQLite.</summary>
    private static readonly string[] SearchSyntax =
    [
        "\"", "\"unbalanced", "NEAR(", "NEAR(a b, 2)", "NEAR/3", "*", "a*", "-", "-admin", "AND", "OR", "NOT", "a AND OR NOT b",
        "(", ")", "((a", "a))", "{section_title}: a", "section_title:a", "^a", "a + b", "''", "\\", "%", "_", "a\u0000b", "\u0002\u0003",
        "'; DROP TABLE search_section; --", "\" OR 1=1 --", "rank MATCH 'a'", "bm25(", "highlight(search_section",
    ];

    // CONNECT is sent raw by the test: client libraries refuse to send it with a path.
    private static readonly string[] PageMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "POST", "HEAD", "PROPFIND"];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=utf-7", "application/jsonp", "application/json-patch+json", "text/json", "*/*",
        "application/json; charset=\"><script>alert(1)</script>", "",
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<HostileRequest> Generate(int count)
    {
        var categories = new Func<HostileRequest>[]
        {
            RandomPath, LongPath, Traversal, ShareLink, HugeQuery, PayloadInRouteParameter, PayloadInQuery,
            WrongMethod, ApiJson, BadJson, DeepJson, WrongContentType, SearchQuery,
        };
        for (var i = 0; i < count; i++)
        {
            yield return categories[i % categories.Length]();
        }
    }

    private HostileRequest RandomPath()
    {
        var segments = Enumerable.Range(0, _random.Next(1, 8)).Select(_ => Encode(RandomText(_random.Next(1, 40))));
        return new("random path", "GET", "/" + string.Join('/', segments) + (Chance(0.3) ? "/" : ""));
    }

    private HostileRequest LongPath()
    {
        // Up to about 7,900 characters stays inside the request line limit; some go past it to get 414.
        var length = _random.Next(500, 9_000);
        var builder = new StringBuilder(Pick(RoutePrefixes()));
        while (builder.Length < length)
        {
            builder.Append(Chance(0.5) ? Encode(Pick(Payloads)) : RandomSlug()).Append('/');
        }

        return new("very long path", Chance(0.8) ? "GET" : "HEAD", builder.ToString());
    }

    private HostileRequest Traversal() =>
        new("path traversal", "GET", Pick(["/", "/css/", "/js/", "/compare/", $"/compare/{Pick(site.Comparisons)}/", "/api/comparisons/", "/errors/"]) + Pick(Traversals));

    private HostileRequest ShareLink()
    {
        var parts = Enumerable.Range(0, _random.Next(0, 12)).Select(_ =>
        {
            var key = _random.Next(6) switch
            {
                0 => Pick(site.QuestionIds),
                1 => Pick(site.QuestionIds).ToUpperInvariant() + " ",
                2 => Pick(Payloads),
                3 => RandomText(_random.Next(0, 70)),
                4 => "",
                _ => new string('k', _random.Next(60, 3_000)),
            };
            var value = _random.Next(6) switch
            {
                0 => Pick(site.OptionIds),
                1 => Pick(Payloads),
                2 => RandomText(_random.Next(0, 70)),
                3 => "",
                4 => new string('v', _random.Next(60, 5_000)),
                _ => string.Concat(Enumerable.Range(0, _random.Next(1, 8)).Select(_ => (char)_random.Next(0, 32))),
            };
            return _random.Next(10) switch
            {
                0 => Encode(key),
                1 => "=" + Encode(value),
                2 => "&&",
                3 => "%zz=%",
                _ => Encode(key) + "=" + Encode(value),
            };
        });
        var repeated = Chance(0.3) ? "&" + string.Join('&', Enumerable.Repeat($"{Pick(site.QuestionIds)}={Pick(site.OptionIds)}", _random.Next(2, 100))) : "";
        var comparison = Chance(0.9) ? Pick(site.ChooserComparisons) : Pick(site.Comparisons);
        var path = Chance(0.9) ? $"/compare/{comparison}/choose/result" : $"/compare/{comparison}/choose";
        return new("share link", "GET", path + "?" + string.Join('&', parts) + repeated);
    }

    private HostileRequest HugeQuery()
    {
        var builder = new StringBuilder();
        var length = _random.Next(1_000, 7_500);
        while (builder.Length < length)
        {
            builder.Append(Encode(RandomText(_random.Next(1, 20)))).Append('=').Append(Encode(RandomText(_random.Next(1, 200)))).Append('&');
        }

        return new("huge query", "GET", Pick(Routes()) + "?" + builder);
    }

    private HostileRequest PayloadInRouteParameter()
    {
        var payload = Encode(Pick(Payloads));
        var comparison = Pick(site.Comparisons);
        var targets = new[]
        {
            $"/compare/{payload}", $"/compare/{payload}/faq", $"/compare/{payload}/choose/result?{Pick(site.QuestionIds)}={Pick(site.OptionIds)}",
            $"/compare/{comparison}/frameworks/{payload}", $"/compare/{comparison}/aspects/{payload}", $"/compare/{comparison}/{payload}",
            $"/api/comparisons/{payload}/questionnaire", $"/api/comparisons/{payload}/recommendation", $"/api/{payload}",
            $"/errors/{payload}", $"/{payload}", $"/sitemap.xml/{payload}", $"/css/{payload}", $"/healthz/{payload}",
        };
        return new("payload in route", "GET", Pick(targets));
    }

    private HostileRequest PayloadInQuery()
    {
        var query = _random.Next(3) switch
        {
            0 => $"{Encode(Pick(Payloads))}={Encode(Pick(site.OptionIds))}",
            1 => $"{Encode(Pick(site.QuestionIds))}={Encode(Pick(Payloads))}",
            _ => $"{Encode(Pick(Payloads))}={Encode(Pick(Payloads))}&{Pick(site.QuestionIds)}={Pick(site.OptionIds)}",
        };
        return new("payload in query", Chance(0.9) ? "GET" : "HEAD", Pick(Routes()) + "?" + query);
    }

    private HostileRequest WrongMethod()
    {
        var body = Chance(0.5) ? Encoding.UTF8.GetBytes(Pick(Payloads)) : null;
        return new("wrong method", Pick(PageMethods), Pick(Routes()), body is null ? null : Pick(ContentTypes), body);
    }

    /// <summary>Well-formed JSON with payloads in every field the API reads, and in fields it does not.</summary>
    private HostileRequest ApiJson()
    {
        var answers = Enumerable.Range(0, _random.Next(0, 8)).Select(_ =>
        {
            var key = _random.Next(3) switch { 0 => Pick(site.QuestionIds), 1 => Pick(Payloads), _ => RandomText(_random.Next(0, 50)) };
            var value = _random.Next(6) switch
            {
                0 => Json(Pick(site.OptionIds)),
                1 => Json(Pick(Payloads)),
                2 => "null",
                3 => _random.Next().ToString(CultureInfo.InvariantCulture),
                4 => "[" + Json(Pick(Payloads)) + "]",
                _ => "{\"" + Pick(site.OptionIds) + "\": true}",
            };
            return $"{Json(key)}: {value}";
        });
        var extra = Chance(0.3) ? $", {Json(Pick(Payloads))}: {Json(Pick(Payloads))}" : "";
        var body = $"{{\"answers\": {{{string.Join(", ", answers)}}}{extra}}}";
        return ApiPost("API JSON payloads", body, "application/json");
    }

    private HostileRequest BadJson()
    {
        var valid = $"{{\"answers\": {{\"{Pick(site.QuestionIds)}\": \"{Pick(site.OptionIds)}\"}}}}";
        var body = _random.Next(8) switch
        {
            0 => valid[.._random.Next(0, valid.Length)],
            1 => valid.Replace("\"", "'", StringComparison.Ordinal),
            2 => valid + Pick(Payloads),
            3 => "{\"answers\": {\"a\": \"b\", \"a\": \"c\"}, \"answers\": null}",
            4 => "{\"answers\": \"" + Pick(Payloads).Replace("\"", "\\\"", StringComparison.Ordinal) + "\\",
            5 => "\uFEFF" + valid,
            6 => "{\"answers\": {\"" + Pick(site.QuestionIds) + "\": \"\\uD800\"}}",
            _ => RandomText(_random.Next(1, 300)),
        };
        var bytes = Chance(0.2) ? [.. Encoding.UTF8.GetBytes(body), 0xC0, 0xAE, 0xFF, 0xFE] : Encoding.UTF8.GetBytes(body);
        return new("bad JSON", "POST", RecommendationPath(), "application/json", bytes);
    }

    private HostileRequest DeepJson()
    {
        var depth = _random.Next(5, 20_000);
        var body = _random.Next(3) switch
        {
            0 => new string('[', depth) + new string(']', depth),
            1 => "{\"answers\": " + string.Concat(Enumerable.Repeat("{\"a\": ", depth)) + "1" + new string('}', depth + 1),
            _ => new string('{', depth),
        };
        return ApiPost("deep JSON", body, "application/json");
    }

    private HostileRequest WrongContentType()
    {
        var body = Chance(0.5) ? $"{{\"answers\": {{\"{Pick(site.QuestionIds)}\": \"{Pick(site.OptionIds)}\"}}}}" : $"answers={Encode(Pick(Payloads))}";
        if (Chance(0.1))
        {
            // Past the API's 16 KB and the server's 64 KB.
            body += new string(' ', _random.Next(16_000, 80_000));
        }

        return ApiPost("wrong content type", body, Pick(ContentTypes));
    }

    /// <summary>Search text made of query syntax, payloads, control characters, other scripts and sheer length.</summary>
    private HostileRequest SearchQuery()
    {
        var parts = Enumerable.Range(0, _random.Next(1, 6)).Select(_ => _random.Next(5) switch
        {
            0 => Pick(SearchSyntax),
            1 => Pick(Payloads),
            2 => RandomText(_random.Next(1, 40)),
            3 => Pick(site.Aspects),
            _ => new string('a', _random.Next(1, 3_000)),
        });
        var text = string.Join(Chance(0.5) ? " " : "", parts);
        var path = Chance(0.5) ? "/search" : "/api/search";
        var query = _random.Next(8) switch
        {
            0 => "q=" + Encode(text) + "&q=" + Encode(Pick(SearchSyntax)),
            1 => Encode(text),
            _ => "q=" + Encode(text),
        };
        return new("search query", Chance(0.9) ? "GET" : "HEAD", path + "?" + query);
    }

    private HostileRequest ApiPost(string category, string body, string contentType) =>
        new(category, "POST", RecommendationPath(), contentType, Encoding.UTF8.GetBytes(body));

    private string RecommendationPath() =>
        _random.Next(10) switch
        {
            0 => $"/api/comparisons/{Encode(Pick(Payloads))}/recommendation",
            1 => $"/api/comparisons/{Pick(site.Comparisons)}/recommendation",
            _ => $"/api/comparisons/{Pick(site.ChooserComparisons)}/recommendation",
        };

    /// <summary>Every route the site has, with real ids.</summary>
    private string[] Routes()
    {
        var comparison = Pick(site.Comparisons);
        return
        [
            "/", "/compare", $"/compare/{comparison}", $"/compare/{comparison}/frameworks", $"/compare/{comparison}/aspects",
            $"/compare/{comparison}/frameworks/{Pick(site.Frameworks)}", $"/compare/{comparison}/aspects/{Pick(site.Aspects)}",
            $"/compare/{comparison}/faq", $"/compare/{comparison}/recommendations", $"/compare/{comparison}/sources",
            $"/compare/{comparison}/choose", $"/compare/{comparison}/choose/result", "/sitemap.xml", "/robots.txt", "/healthz",
            "/api/comparisons", $"/api/comparisons/{comparison}/questionnaire", $"/api/comparisons/{comparison}/recommendation",
            "/errors/500", site.StaticFile, "/search", $"/search?q={Pick(site.Aspects)}", "/api/search", $"/api/search?q={Pick(site.Aspects)}",
            "/opensearch.xml", "/developers", "/openapi/v1.json",
        ];
    }

    private string[] RoutePrefixes() => ["/", "/compare/", $"/compare/{Pick(site.Comparisons)}/", "/api/comparisons/", "/css/"];

    /// <summary>Text drawn from ASCII, control characters, accents, right-to-left marks and emoji, and payloads.</summary>
    private string RandomText(int length)
    {
        var builder = new StringBuilder();
        while (builder.Length < length)
        {
            switch (_random.Next(10))
            {
                case 0:
                    builder.Append(Pick(Payloads));
                    break;
                case 1:
                    builder.Append((char)_random.Next(0, 32));
                    break;
                case 2:
                    builder.Append(char.ConvertFromUtf32(_random.Next(0x1F600, 0x1F64F)));
                    break;
                case 3:
                    builder.Append((char)_random.Next(0xA0, 0x2FFF));
                    break;
                default:
                    builder.Append((char)_random.Next(32, 127));
                    break;
            }
        }

        return builder.ToString();
    }

    private string RandomSlug() => new([.. Enumerable.Range(0, _random.Next(1, 30)).Select(_ => "abcdefghijklmnopqrstuvwxyz0123456789-"[_random.Next(37)])]);

    /// <summary>Percent-encodes as a browser would, but sometimes leaves the text raw, or encodes it twice.</summary>
    private string Encode(string text) => _random.Next(10) switch
    {
        0 => text.Replace(" ", "+", StringComparison.Ordinal),
        1 => Uri.EscapeDataString(Uri.EscapeDataString(text)),
        _ => Uri.EscapeDataString(text),
    };

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
