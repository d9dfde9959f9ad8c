using System.Text.Json;

namespace Cae.IO.Serialization;

/// <summary>The token checks the converters share.</summary>
internal static class JsonNumbers
{
    /// <summary>Reads the current token as an exact decimal.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="what">What is expected, for the message.</param>
    /// <exception cref="JsonException">The token is not a number, or not a decimal within range.</exception>
    public static decimal ReadDecimal(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"{what} is expected, not {Kind(reader.TokenType)}");
        }

        return reader.TryGetDecimal(out var value) ? value : throw new JsonException($"{what} is expected: the number is out of range");
    }

    /// <summary>Reads the current token as a string.</summary>
    /// <param name="reader">The reader, on the value.</param>
    /// <param name="what">What is expected, for the message.</param>
    /// <exception cref="JsonException">The token is not a string.</exception>
    public static string ReadString(ref Utf8JsonReader reader, string what) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"{what} is expected, not {Kind(reader.TokenType)}");

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => token.ToString(),
    };
}
