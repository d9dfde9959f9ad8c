using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cae.IO.Serialization;

/// <summary>The System.Text.Json converters of the library's values, as the data contract writes them.</summary>
/// <remarks>
/// <see cref="Cae.Domain.Values.Money"/> as a number of euros exact to the cent, <see cref="Cae.Domain.Values.Hours"/>
/// as a number of hours exact to the hundredth, <see cref="Cae.Domain.Values.Rate"/> as a fraction, NodaTime's
/// <see cref="NodaTime.LocalDate"/> as <c>"yyyy-MM-dd"</c> and <see cref="NodaTime.YearMonth"/> as <c>"yyyy-MM"</c>.
/// Nullable values (<c>Money?</c>) are handled by System.Text.Json with the same converters.
/// </remarks>
public static class CaeJsonConverters
{
    /// <summary>A new instance of each converter.</summary>
    public static IReadOnlyList<JsonConverter> All() => new JsonConverter[]
    {
        new MoneyJsonConverter(),
        new HoursJsonConverter(),
        new RateJsonConverter(),
        new LocalDateJsonConverter(),
        new YearMonthJsonConverter(),
    };

    /// <summary>Adds every converter to serializer options, and returns the options.</summary>
    /// <param name="options">The options (not yet used for serialization: System.Text.Json then locks them).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="System.InvalidOperationException">The options were already used for serialization.</exception>
    public static JsonSerializerOptions AddTo(JsonSerializerOptions options)
    {
        Guard.NotNull(options, nameof(options));
        foreach (var converter in All())
        {
            options.Converters.Add(converter);
        }

        return options;
    }
}
