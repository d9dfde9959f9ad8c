using Cae.Domain.Policy;
using NodaTime;

namespace Cae.Rules.Forecast;

/// <summary>The support limit of a path for the forecast: the policy's value on the entry date, or its earliest value for an entry before the parameter's first date.</summary>
internal static class SupportLimitOf
{
    /// <summary>The support limit in months of a path entered on <paramref name="entry"/>.</summary>
    public static int Months(CaePolicy policy, LocalDate entry) =>
        policy.SupportLimitMonths.TryEntryOn(entry, out var value) && value is not null
            ? value.Value
            : policy.SupportLimitMonths.Values[0].Value;
}
