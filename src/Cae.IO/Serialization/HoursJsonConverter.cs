using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cae.Domain.Errors;
using Cae.Domain.Values;

namespace Cae.IO.Serialization;

/// <summary>Reads and writes <see cref="Hours"/> as a JSON number of hours, exact to the hundredth (<c>151.67</c>).</summary>
/// <remarks>Reading rejects a negative value, a third decimal and anything that is not a number.</remarks>
public sealed class HoursJsonConverter : JsonConverter<Hours>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a number, or not hours (negative, or more than two decimals).</exception>
    public override Hours Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var hours = JsonNumbers.ReadDecimal(ref reader, "a number of hours");
        try
        {
            return Hours.FromDecimal(hours);
        }
        catch (DomainRuleException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Hours value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        writer.WriteNumberValue(value.Value);
    }
}
