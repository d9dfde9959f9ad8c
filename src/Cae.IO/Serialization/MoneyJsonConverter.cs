using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cae.Domain.Errors;
using Cae.Domain.Values;

namespace Cae.IO.Serialization;

/// <summary>
/// Reads and writes <see cref="Money"/> as a JSON number of euros, exact to the cent (<c>1234.56</c>, <c>-3</c>),
/// as the data contract writes amounts.
/// </summary>
/// <remarks>Writing never rounds: an amount is whole cents. Reading accepts at most two decimals and rejects
/// anything else (a string, a third decimal, an amount beyond the range of <see cref="Money"/>).</remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The value is not a number, or not an amount exact to the cent within range.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var euros = JsonNumbers.ReadDecimal(ref reader, "an amount in euros");
        try
        {
            return Money.FromEuros(euros);
        }
        catch (DomainRuleException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        Guard.NotNull(writer, nameof(writer));
        writer.WriteNumberValue(value.Euros);
    }
}
