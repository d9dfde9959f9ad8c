using System;
using Cae.Domain.Values;

namespace Cae.Domain.Policy;

// The validation of the dated parameters when they are set: every effective date and every value in range.
public sealed partial record CaePolicy
{
    private static DatedParameter<int> Whole(string field, DatedParameter<int> value, int min, int max) =>
        Dated(field, value, v => ParameterBounds.WholeIn(field, v, min, max));

    private static DatedParameter<Hours> HoursIn(string field, DatedParameter<Hours> value, decimal max) =>
        Dated(field, value, v => ParameterBounds.HoursIn(field, v, max));

    private static DatedParameter<T> Dated<T>(string field, DatedParameter<T> value, Action<T> check)
    {
        foreach (var v in (value ?? throw new ArgumentNullException(nameof(value))).Values)
        {
            ParameterBounds.DateIn(field, v.From);
            check(v.Value);
        }

        return value;
    }
}
