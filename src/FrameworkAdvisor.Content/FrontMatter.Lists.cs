using YamlDotNet.RepresentationModel;

namespace FrameworkAdvisor.Content;

/// <summary>Lists and nested mappings, each item with its own line so a reader can blame the exact item.</summary>
internal sealed partial class FrontMatter
{
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
}
