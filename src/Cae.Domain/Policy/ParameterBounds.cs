using System.Globalization;
using Cae.Domain.Errors;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Domain.Policy;

/// <summary>
/// The range each parameter of a <see cref="CaePolicy"/> may take, checked once, in the domain, whoever builds the
/// policy (a file reader, a scenario or code).
/// </summary>
/// <remarks>
/// The bounds keep every date the rules compute inside the years a CAE's data can hold (the data contract's
/// 1900..2100): a support limit of at most 240 months (20 years), an application cut-off of at most 730 days, a CAPE
/// of at most 36 months. Amounts and hours are positive where a zero would divide (SMIC, FTE hours, legal monthly
/// hours) or make a rate meaningless (support budget).
/// </remarks>
public static class ParameterBounds
{
    /// <summary>The longest support limit, in months.</summary>
    public const int MaximumSupportLimitMonths = 240;

    /// <summary>The longest application cut-off, in days.</summary>
    public const int MaximumApplicationCutoffDays = 730;

    /// <summary>The longest CAPE, in months.</summary>
    public const int MaximumCapeMonths = 36;

    /// <summary>The most renewals of a CAPE.</summary>
    public const int MaximumCapeRenewals = 10;

    /// <summary>The longest associate deadline, in months.</summary>
    public const int MaximumAssociateDeadlineMonths = 120;

    /// <summary>The longest trial period, in months.</summary>
    public const int MaximumTrialPeriodMonths = 36;

    /// <summary>The first day a policy date (an assembly, an effective date of a value) may fall on, as in the data contract.</summary>
    public static LocalDate FirstDay { get; } = new(1900, 1, 1);

    /// <summary>The last day a policy date may fall on, as in the data contract.</summary>
    public static LocalDate LastDay { get; } = new(2100, 12, 31);

    internal static void WholeIn(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new DomainRuleException(field, value.ToString(CultureInfo.InvariantCulture), FormattableString(min, max));
        }
    }

    internal static void Positive(string field, Money value)
    {
        if (value <= Money.Zero)
        {
            throw new DomainRuleException(field, value.ToString(), "a positive amount is expected");
        }
    }

    internal static void HoursIn(string field, Hours value, decimal max)
    {
        if (value == Hours.Zero || value.Value > max)
        {
            throw new DomainRuleException(field, value.ToString(), "a positive number of hours, at most " + max.ToString(CultureInfo.InvariantCulture) + ", is expected");
        }
    }

    internal static void DateIn(string field, LocalDate date)
    {
        if (date != LocalDate.MinIsoValue && (date < FirstDay || date > LastDay))
        {
            throw new DomainRuleException(field, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "a date between 1900-01-01 and 2100-12-31 is expected");
        }
    }

    private static string FormattableString(int min, int max) =>
        string.Format(CultureInfo.InvariantCulture, "a whole number from {0} to {1} is expected", min, max);
}
