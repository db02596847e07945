using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FrameworkAdvisor.Content;

/// <summary>
/// Typed, line-aware access to one YAML mapping (a file's front matter, or one item of a list in it).
/// Every key a reader asks for counts as known; whatever is left over is reported as an unknown key.
/// </summary>
internal sealed class FrontMatter
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownKeys = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly ContentErrors _errors;

    private FrontMatter(YamlMappingNode? mapping, int startLine, string file, int lineOffset, ContentErrors errors)
    {
        _file = file;
        _lineOffset = lineOffset;
        _errors = errors;
        StartLine = startLine;
        foreach (var (key, value) in mapping?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (key is not YamlScalarNode scalarKey || scalarKey.Value is null)
            {
                _errors.Add(file, LineOf(key), "front matter keys must be plain words");
                continue;
            }

            if (!_entries.TryAdd(scalarKey.Value, (scalarKey, value)))
            {
                _errors.Add(file, LineOf(key), $"key '{scalarKey.Value}' is given twice");
            }
        }
    }

    /// <summary>The line the mapping starts on, for errors about the mapping as a whole.</summary>
    public int StartLine { get; }

    /// <summary>
    /// Parses YAML text that starts on <paramref name="firstLine"/> of <paramref name="file"/>.
    /// Syntax errors are reported with the file's own line numbers and give an empty mapping.
    /// </summary>
    public static FrontMatter Parse(string yaml, string file, int firstLine, ContentErrors errors)
    {
        var lineOffset = firstLine - 1;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            if (root is null || root is YamlScalarNode { Value: null or "" })
            {
                return new FrontMatter(null, firstLine, file, lineOffset, errors);
            }

            if (root is not YamlMappingNode mapping)
            {
                errors.Add(file, (int)root.Start.Line + lineOffset, "front matter must be a set of 'key: value' lines");
                return new FrontMatter(null, firstLine, file, lineOffset, errors);
            }

            return new FrontMatter(mapping, firstLine, file, lineOffset, errors);
        }
        catch (YamlException ex)
        {
            var reason = (ex.InnerException?.Message ?? ex.Message).Split(Environment.NewLine)[0];
            errors.Add(file, (int)ex.Start.Line + lineOffset, $"front matter is not valid YAML: {reason}");
            return new FrontMatter(null, firstLine, file, lineOffset, errors);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, on some unterminated [ or { lists; still one clear error.
            errors.Add(file, firstLine, "front matter is not valid YAML: check for an unclosed '[', '{' or quote");
            return new FrontMatter(null, firstLine, file, lineOffset, errors);
        }
    }

    public bool Has(string key)
    {
        _knownKeys.Add(key);
        return _entries.ContainsKey(key);
    }

    /// <summary>The line of <paramref name="key"/> if present, else the mapping's first line.</summary>
    public int LineOf(string key) => _entries.TryGetValue(key, out var entry) ? LineOf(entry.Key) : StartLine;

    public string? RequiredText(string key)
    {
        var value = OptionalText(key);
        if (value is null && !_entries.ContainsKey(key))
        {
            _errors.Add(_file, StartLine, $"missing required key '{key}'");
        }

        return value;
    }

    public string? OptionalText(string key)
    {
        if (!TryGet(key, out var node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            _errors.Add(_file, LineOf(node), $"'{key}' must be text, not a list or mapping");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            _errors.Add(_file, LineOf(node), $"'{key}' is empty");
            return null;
        }

        return text;
    }

    public int OptionalInteger(string key, int fallback)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors.Add(_file, LineOf(key), $"'{key}' must be a whole number, not '{text}'");
        return fallback;
    }

    /// <summary>A required whole number no smaller than <paramref name="minimum"/>; null when missing or invalid.</summary>
    public int? RequiredInteger(string key, int minimum)
    {
        if (!Has(key))
        {
            _errors.Add(_file, StartLine, $"missing required key '{key}'");
            return null;
        }

        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }

        _errors.Add(_file, LineOf(key), $"'{key}' must be a whole number of at least {minimum}, not '{text}'");
        return null;
    }

    /// <summary>
    /// An optional list of short words, written either as '[a, b]' or as '- a' lines; each comes with its own line
    /// so a reader can blame the exact item.
    /// </summary>
    public IReadOnlyList<(string Value, int Line)> OptionalTextList(string key)
    {
        if (!TryGet(key, out var node))
        {
            return [];
        }

        if (node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _errors.Add(_file, LineOf(node), $"'{key}' must be a list, such as [first, second]");
            return [];
        }

        var values = new List<(string, int)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } text } && text.Trim().Length > 0)
            {
                values.Add((text.Trim(), LineOf(item)));
            }
            else
            {
                _errors.Add(_file, LineOf(item), $"each item of '{key}' must be a single word, not a list, a mapping or nothing");
            }
        }

        return values;
    }

    public bool OptionalBoolean(string key, bool fallback)
    {
        var text = OptionalText(key);
        switch (text)
        {
            case null:
                return fallback;
            case "true":
                return true;
            case "false":
                return false;
            default:
                _errors.Add(_file, LineOf(key), $"'{key}' must be true or false, not '{text}'");
                return fallback;
        }
    }

    public DateOnly? RequiredDate(string key)
    {
        var text = RequiredText(key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _errors.Add(_file, LineOf(key), $"'{key}' must be a date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    /// <summary>A nested 'key: value' mapping whose values are text, each with its line.</summary>
    public IReadOnlyList<(string Key, string? Value, int Line)> RequiredTextMapping(string key)
    {
        if (!TryGet(key, out var node))
        {
            _errors.Add(_file, StartLine, $"missing required key '{key}'");
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            _errors.Add(_file, LineOf(node), $"'{key}' must be a set of 'name: text' lines");
            return [];
        }

        var entries = new List<(string, string?, int)>();
        foreach (var (childKey, childValue) in mapping.Children)
        {
            var name = (childKey as YamlScalarNode)?.Value ?? "";
            var text = (childValue as YamlScalarNode)?.Value?.Trim();
            entries.Add((name, string.IsNullOrEmpty(text) ? null : text, LineOf(childKey)));
        }

        return entries;
    }

    /// <summary>A list of mappings, each read through its own <see cref="FrontMatter"/>.</summary>
    public IReadOnlyList<FrontMatter> RequiredMappingList(string key)
    {
        if (!TryGet(key, out var node))
        {
            _errors.Add(_file, StartLine, $"missing required key '{key}'");
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _errors.Add(_file, LineOf(node), $"'{key}' must be a list of items, each starting with '- '");
            return [];
        }

        var items = new List<FrontMatter>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new FrontMatter(mapping, LineOf(item), _file, _lineOffset, _errors));
            }
            else
            {
                _errors.Add(_file, LineOf(item), $"each item of '{key}' must be a set of 'key: value' lines");
            }
        }

        return items;
    }

    /// <summary>Reports every key nobody asked for, with the nearest known key as a hint.</summary>
    public void ReportUnknownKeys()
    {
        foreach (var (key, entry) in _entries)
        {
            if (!_knownKeys.Contains(key))
            {
                var known = string.Join(", ", _knownKeys.Order(StringComparer.Ordinal));
                _errors.Add(_file, LineOf(entry.Key),
                    $"unknown key '{key}'{Suggestions.DidYouMean(key, _knownKeys)}; allowed here: {known}");
            }
        }
    }

    private bool TryGet(string key, out YamlNode node)
    {
        _knownKeys.Add(key);
        if (_entries.TryGetValue(key, out var entry))
        {
            node = entry.Value;
            return true;
        }

        node = null!;
        return false;
    }

    private int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;
}
