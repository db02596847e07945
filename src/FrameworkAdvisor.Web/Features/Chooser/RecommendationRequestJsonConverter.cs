using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrameworkAdvisor.Web.Features.Chooser;

/// <summary>
/// Reads a recommendation request for [FromBody]. The serializer would refuse a body of the wrong shape with its own
/// message, which names .NET types and stops at the first problem; this says what to send instead. Being a converter
/// of the whole body, it is handed the body only once the serializer has read all of it, so malformed or too deeply
/// nested JSON is refused as such before any of it is read as answers. An exact repeat of a question is refused here,
/// because a dictionary would keep only the last.
/// </summary>
internal sealed class RecommendationRequestJsonConverter : JsonConverter<RecommendationRequest>
{
    public const string Expected = "{\"answers\": {\"<questionId>\": \"<optionId>\"}}";

    /// <summary>A body of just null is a body of the wrong shape, not a missing one.</summary>
    public override bool HandleNull => true;

    public override RecommendationRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw NoAnswers();
        }

        IReadOnlyDictionary<string, Answer?>? answers = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = ReadString(ref reader);
            reader.Read();
            if (name == "answers")
            {
                answers = ReadAnswers(ref reader);
            }
            else
            {
                Skip(ref reader);
            }
        }

        return answers is null ? throw NoAnswers() : new RecommendationRequest(answers);
    }

    public override void Write(Utf8JsonWriter writer, RecommendationRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("answers");
        writer.WriteStartObject();
        foreach (var (question, answer) in value.Answers)
        {
            writer.WritePropertyName(question);
            if (answer is null)
            {
                writer.WriteNullValue();
            }
            else if (!answer.HasImportance)
            {
                writer.WriteStringValue(answer.Option);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString("option", answer.Option);
                writer.WriteString("importance", answer.Importance);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static Dictionary<string, Answer?> ReadAnswers(ref Utf8JsonReader reader, string key = "answers")
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw RecommendationRequestException.Shape(key, "'answers' must be an object mapping question ids to option ids.");
        }

        var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var question = ReadString(ref reader);
            reader.Read();
            if (!answers.TryAdd(question, ReadAnswer(ref reader)))
            {
                throw RecommendationRequestException.Shape($"{key}.{ChooserApiController.Echo(question)}", "This question is answered twice.");
            }
        }

        return answers;
    }

    /// <summary>An option id, or an object with "option" and "importance"; anything else has no option the reader can match.</summary>
    private static Answer? ReadAnswer(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return new Answer(ReadString(ref reader), null);
            case JsonTokenType.StartObject:
                string? option = null, importance = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = ReadString(ref reader);
                    reader.Read();
                    if (name == "option" && reader.TokenType == JsonTokenType.String)
                    {
                        option = ReadString(ref reader);
                    }
                    else if (name == "importance" && reader.TokenType != JsonTokenType.Null)
                    {
                        // Not a string: kept as an importance that names no level, so the reader says which levels there are.
                        importance = reader.TokenType == JsonTokenType.String ? ReadString(ref reader) : "";
                    }

                    Skip(ref reader);
                }

                return new Answer(option, importance);
            default:
                Skip(ref reader);
                return new Answer(null, null);
        }
    }

    /// <summary>The parser accepts an escaped lone surrogate such as "\uD800" and only fails when the string is read.</summary>
    internal static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw RecommendationRequestException.Malformed(
                "A string in the body has an unpaired surrogate escape (such as \\uD800), which is not text. Question and option ids are plain ASCII.");
        }
    }

    /// <summary>The whole body is already read (see the summary), so skipping a value always completes.</summary>
    internal static void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw RecommendationRequestException.Malformed($"The body ended in the middle of a value. Expected {Expected}.");
        }
    }

    private static RecommendationRequestException NoAnswers() =>
        RecommendationRequestException.Shape("answers", $"The body must be an object with an 'answers' property: {Expected}.");
}

/// <summary>
/// Why a body could not be read as a recommendation request: JSON of the wrong shape, with the part of the request
/// that is wrong as <see cref="Key"/>, or text that is not JSON at all (no key).
/// </summary>
public sealed class RecommendationRequestException : JsonException
{
    public RecommendationRequestException()
    {
    }

    public RecommendationRequestException(string message)
        : base(message)
    {
    }

    public RecommendationRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The part of the request that is wrong, as the errors of a ProblemDetails name it; null if the body is not JSON.</summary>
    public string? Key { get; private init; }

    internal static RecommendationRequestException Shape(string key, string message) => new(message) { Key = key };

    internal static RecommendationRequestException Malformed(string message) => new(message);
}
