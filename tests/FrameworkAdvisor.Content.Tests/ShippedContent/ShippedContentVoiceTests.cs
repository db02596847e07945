using System.Text.RegularExpressions;
using FrameworkAdvisor.TestSupport;

namespace FrameworkAdvisor.Content.Tests.ShippedContent;

/// <summary>
/// The content reads in one voice, as content/README.md asks: typographic quotes in everything a reader sees, and
/// British spelling. Only prose is checked (see <see cref="ProseText"/>): straight quotes that are YAML, code or a link
/// target are syntax, and a link to a page that spells "customizing" is not our spelling.
/// </summary>
public sealed partial class ShippedContentVoiceTests
{
    private const string Apostrophe = "’";

    public sealed record Finding(int Line, string Text);

    [Fact]
    public void Shipped_content_has_no_straight_quotes_in_prose()
    {
        var found = ContentFiles().SelectMany(file => StraightQuotes(File.ReadAllText(file)).Select(f => $"{Relative(file)}:{f.Line}: {f.Text}")).ToList();

        Assert.True(found.Count == 0, "straight quotes in prose; write ’ “ ” instead:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Shipped_content_has_no_american_spelling()
    {
        var found = ContentFiles().SelectMany(file => AmericanSpellings(File.ReadAllText(file)).Select(f => $"{Relative(file)}:{f.Line}: {f.Text}")).ToList();

        Assert.True(found.Count == 0, "American spellings; the content is written in British English:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Quote_check_leaves_yaml_quoting_code_and_link_targets_alone()
    {
        const string text = """
            ---
            title: "A quoted title"
            summary: A value with a `code 'span'` in it.
            cells:
              one: "It says “hello” [here](/compare/x?q='y')"
            ---
            A body with `it's code` and [a link](https://example.org/?q="x") in it.

            ```text
            it's a code block, "quoted"
            ```
            """;

        Assert.Empty(StraightQuotes(text));
    }

    [Fact]
    public void Quote_check_reports_each_straight_quote_in_prose_at_its_line()
    {
        const string text = """
            ---
            title: A title
            lean_note: The source's view.
            cells:
              one: "It says \"hello\"."
            ---
            Plain text.

            The article's view, and [the source's page](/compare/x) too.
            """;

        Assert.Equal([3, 5, 9], StraightQuotes(text).Select(f => f.Line));
    }

    [Fact]
    public void Quote_check_catches_one_apostrophe_straightened_in_a_real_file()
    {
        // A shipped file with every kind of syntax the check must skip (quoted YAML values, code spans, outside links)
        // and an apostrophe both in a quoted value and in its body.
        var (_, lines, inValue, inBody) = ContentFiles()
            .Select(f => (file: f, lines: File.ReadAllLines(f)))
            .Where(x => string.Join('\n', x.lines) is var t && t.Contains('`', StringComparison.Ordinal) && t.Contains("](http", StringComparison.Ordinal))
            .Select(x =>
            {
                var bodyStart = Array.IndexOf(x.lines, "---", 1) + 1;
                var inValue = Array.FindIndex(x.lines, 0, bodyStart, l => l.Contains(": \"", StringComparison.Ordinal) && l.Contains(Apostrophe, StringComparison.Ordinal));
                var inBody = Array.FindIndex(x.lines, bodyStart, l => l.Contains(Apostrophe, StringComparison.Ordinal));
                return (x.file, x.lines, inValue, inBody);
            })
            .First(x => x.inValue > 0 && x.inBody > 0);

        Assert.Empty(StraightQuotes(string.Join('\n', lines)));
        foreach (var index in new[] { inValue, inBody })
        {
            var changed = (string[])lines.Clone();
            changed[index] = ReplaceFirst(changed[index], Apostrophe, "'");

            Assert.Equal([index + 1], StraightQuotes(string.Join('\n', changed)).Select(f => f.Line));
        }
    }

    [Fact]
    public void Spelling_check_reports_american_spellings_in_prose_only()
    {
        const string text = """
            ---
            title: How to organize a project
            summary: Colour, favour, size, prize and organise are all fine.
            ---
            A [guide](https://example.org/topics/customizing/) and `colorize()` are not prose.

            Pick a favorite color, then analyze the behavior.
            """;

        Assert.Equal([(2, "organize"), (7, "favorite"), (7, "color"), (7, "analyze"), (7, "behavior")],
            AmericanSpellings(text).Select(f => (f.Line, f.Text)));
    }

    /// <summary>Each straight quote in prose, with the text around it.</summary>
    public static IEnumerable<Finding> StraightQuotes(string fileText) =>
        ProseText.Of(fileText)
            .Select(line => (line, at: line.Text.IndexOfAny(['\'', '"'])))
            .Where(x => x.at >= 0)
            .Select(x => new Finding(x.line.Number, $"“{ProseText.Around(x.line.Text, x.at)}”"));

    /// <summary>Each American spelling in prose, as written.</summary>
    public static IEnumerable<Finding> AmericanSpellings(string fileText) =>
        ProseText.Of(fileText).SelectMany(line => AmericanSpelling().Matches(line.Text).Select(m => new Finding(line.Number, m.Value)));

    /// <summary>
    /// Words that are only ever American, so the list has no false alarms: -our words written -or, -re words written
    /// -er, single-l inflections, and -ize/-yze verbs by stem (never a bare "-ize", which would catch "size" and "prize").
    /// "License" and "practice" are left out: British English uses both spellings, as noun and verb.
    /// </summary>
    [GeneratedRegex("""
        \b(?:
          (?:color|favor|behavior|neighbor|flavor|rumor)\w*
        | (?:honor|labor|endeavor|humor)(?:s|ed|ing|able)?
        | (?:center|theater|fiber)(?:s|ed|ing)?
        | catalog(?:s|ed|ing)? | defense | offense | gray(?:s|er|ish)?
        | (?:model|label|travel|cancel|fuel|signal|level)(?:ed|ing)
        | analyz\w* | paralyz\w*
        | (?:organ|recogn|real|optim|custom|special|summar|priorit|standard|internationa?l|local|minim|maxim|normal
            |author|util|character|emphas|apolog|critic|categor|memor|synchron|visual|final|initial|modern|capital
            |central|serial|parallel|parameter)iz(?:e|es|ed|ing|ation|ations|er|ers)
        )\b
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AmericanSpelling();

    private static string[] ContentFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.ShippedContent, "compare"), "*.md", SearchOption.AllDirectories);

    private static string Relative(string file) => Path.GetRelativePath(TestPaths.RepositoryRoot, file);

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var at = text.IndexOf(oldValue, StringComparison.Ordinal);
        return text[..at] + newValue + text[(at + oldValue.Length)..];
    }
}
