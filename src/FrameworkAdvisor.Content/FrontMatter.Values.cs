using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace FrameworkAdvisor.Content;

/// <summary>Single values (text, whole numbers, true/false, dates), each reported at its own line when wrong.</summary>
internal sealed partial class FrontMatter
{
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
}
