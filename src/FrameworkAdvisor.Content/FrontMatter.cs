using YamlDotNet.RepresentationModel;

namespace FrameworkAdvisor.Content;

/// <summary>
/// Typed, line-aware access to one YAML mapping (a file's front matter, or one item of a list in it).
/// Every key a reader asks for counts as known; whatever is left over is reported as an unknown key.
/// This part keeps track of keys and their lines; FrontMatter.Values.cs and FrontMatter.Lists.cs read typed values.
/// </summary>
internal sealed partial class FrontMatter
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownKeys = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly ContentErrors _errors;

    /// <summary>
    /// Wraps <paramref name="mapping"/> (null for an empty one) from <paramref name="file"/>, whose YAML line numbers
    /// are <paramref name="lineOffset"/> behind the file's own.
    /// </summary>
    public FrontMatter(YamlMappingNode? mapping, int startLine, string file, int lineOffset, ContentErrors errors)
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

    public bool Has(string key)
    {
        _knownKeys.Add(key);
        return _entries.ContainsKey(key);
    }

    /// <summary>Reports a problem with a value at <paramref name="line"/> of this mapping's file.</summary>
    public void Error(int line, string message) => _errors.Add(_file, line, message);

    /// <summary>The line of <paramref name="key"/> if present, else the mapping's first line.</summary>
    public int LineOf(string key) => _entries.TryGetValue(key, out var entry) ? LineOf(entry.Key) : StartLine;

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
