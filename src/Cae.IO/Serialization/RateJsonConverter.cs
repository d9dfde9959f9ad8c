using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cae.Domain.Errors;
using Cae.Domain.Values;

namespace Cae.IO.Serialization;

/// <summary>Reads and writes <see cref="Rate"/> as a JSON number, the fraction (<c>0.1</c> for 10 %), every digit kept.</summary>
/// <remarks>Reading rejects a fraction outside [0, 1] and anything that is not a number.</remarks>
public sealed class RateJsonConverter : JsonConverter<Rate>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a number, or not a fraction in [0, 1].</exception>
    public override Rate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var fraction = JsonNumbers.ReadDecimal(ref reader, "a rate (a fraction such as 0.1)");
        try
        {
            return Rate.FromFraction(fraction);
        }
        catch (DomainRuleException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Rate value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        writer.WriteNumberValue(value.Value);
    }
}
