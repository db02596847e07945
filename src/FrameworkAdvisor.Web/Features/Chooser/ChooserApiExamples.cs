namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// Example bodies for the API description, with made-up frameworks so the code names no real one; the developers
/// page's curl examples use the live content instead. The contract tests check each against its schema.
/// </summary>
internal static class ChooserApiExamples
{
    public const string Questionnaire = """
        {"questions": [{"id": "experience", "text": "Have you built a web application with a framework before?",
          "why": "The article suggests that newcomers start with the smaller framework.",
          "options": [{"id": "none", "label": "No, this would be my first"}, {"id": "some", "label": "Yes"}]}]}
        """;

    public const string Request = """{"answers": {"experience": "none", "size": "small"}}""";

    public const string Recommendation = """
        {"recommended": {"slug": "quill", "title": "Quill", "decidedBy": "score", "tieBreakRule": null},
         "scores": [{"framework": "quill", "title": "Quill", "points": 4, "share": 1},
                    {"framework": "lantern", "title": "Lantern", "points": 0, "share": 0}],
         "confidence": "clear-fit",
         "contributions": [{"question": "experience", "answer": "none", "importance": "normal", "rule": "quill-new-to-frameworks", "favours": "quill", "points": 2,
                            "reason": "You have not used a web framework before.",
                            "citation": "https://example.org/compare/quill-vs-lantern/aspects/learning-curve#quill"},
                           {"question": "size", "answer": "small", "importance": "normal", "rule": "quill-small-project", "favours": "quill", "points": 2,
                            "reason": "Your project is small.", "citation": "https://example.org/compare/quill-vs-lantern/aspects/project-size#quill"}],
         "changes": [{"edits": [{"question": "experience", "from": "none", "to": "some"}, {"question": "size", "from": "small", "to": "large"}],
                      "recommended": "lantern", "shareUrl": "https://example.org/compare/quill-vs-lantern/choose/result?experience=some&size=large"}],
         "shareUrl": "https://example.org/compare/quill-vs-lantern/choose/result?experience=none&size=small"}
        """;
}
