using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cae.IO.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="LocalDate"/> as an ISO string, <c>yyyy-MM-dd</c> (<c>"2015-06-13"</c>).</summary>
/// <remarks>The ISO calendar; years 1 to 9999 as four digits (NodaTime's <c>uuuu</c>), independent of the current culture.</remarks>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    private static readonly LocalDatePattern Pattern = LocalDatePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd");

    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string holding a date written <c>yyyy-MM-dd</c>.</exception>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonNumbers.ReadString(ref reader, "a date written yyyy-MM-dd");
        var result = Pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a date written yyyy-MM-dd");
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The date is not in the ISO calendar, or its year is outside 1 to 9999.</exception>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        if (value.Calendar != CalendarSystem.Iso || value.Year < 1)
        {
            throw new JsonException("a date is written yyyy-MM-dd in the ISO calendar, years 1 to 9999");
        }

        writer.WriteStringValue(Pattern.Format(value));
    }
}
