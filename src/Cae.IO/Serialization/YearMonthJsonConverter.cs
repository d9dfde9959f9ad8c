using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Cae.IO.Serialization;

/// <summary>Reads and writes a NodaTime <see cref="YearMonth"/> as an ISO string, <c>yyyy-MM</c> (<c>"2015-03"</c>).</summary>
/// <remarks>The ISO calendar; years 1 to 9999 as four digits, independent of the current culture.</remarks>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    private static readonly YearMonthPattern Pattern = YearMonthPattern.CreateWithInvariantCulture("uuuu'-'MM");

    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a string holding a month written <c>yyyy-MM</c>.</exception>
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonNumbers.ReadString(ref reader, "a month written yyyy-MM");
        var result = Pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a month written yyyy-MM");
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The month is not in the ISO calendar, or its year is outside 1 to 9999.</exception>
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        if (value.Calendar != CalendarSystem.Iso || value.Year < 1)
        {
            throw new JsonException("a month is written yyyy-MM in the ISO calendar, years 1 to 9999");
        }

        writer.WriteStringValue(Pattern.Format(value));
    }
}
