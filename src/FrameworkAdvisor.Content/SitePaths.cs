namespace FrameworkAdvisor.Content;

/// <summary>
/// The site's URL scheme, owned here because content links are validated against it at load time.
/// The content tree mirrors these paths.
/// </summary>
public static class SitePaths
{
    public const string Home = "/";

    public static string Comparison(string comparison) => $"/compare/{comparison}";
    public static string Framework(string comparison, string framework) => $"/compare/{comparison}/frameworks/{framework}";
    public static string Aspect(string comparison, string aspect) => $"/compare/{comparison}/aspects/{aspect}";
    public static string Faq(string comparison) => $"/compare/{comparison}/faq";
    public static string Recommendations(string comparison) => $"/compare/{comparison}/recommendations";
    public static string Sources(string comparison) => $"/compare/{comparison}/sources";
    public static string Chooser(string comparison) => $"/compare/{comparison}/choose";
    public static string ChooserResult(string comparison) => $"/compare/{comparison}/choose/result";
    public static string ChooserTeam(string comparison) => $"/compare/{comparison}/choose/team";

    /// <summary>Search results; the words go in <c>?q=</c>.</summary>
    public const string Search = "/search";

    /// <summary>The JSON API described for people, from the same OpenAPI document that machines read.</summary>
    public const string Developers = "/developers";

    /// <summary>Shared result links must fit anywhere a link is pasted; the loader keeps every possible one this short.</summary>
    public const int MaxShareLinkLength = 200;
}

/// <summary>Anchors the page templates emit themselves, so content may link to them.</summary>
public static class PageAnchors
{
    public const string ComparisonTable = "table";
    public const string Overview = "overview";
    public const string AtAGlance = "at-a-glance";
    public const string RecommendedWhen = "recommended-when";

    /// <summary>The framework page's list of when to choose it, where rules cite it; the page draws it from the rules.</summary>
    public const string ChooseItIf = "choose-it-if";
    public const string EditorNotes = "editor-notes";
    public const string EditorNotePrefix = "editor-note-";

    /// <summary>Each question's fieldset on the questionnaire page, so search results can lead to one question.</summary>
    public const string QuestionPrefix = "question-";
}
