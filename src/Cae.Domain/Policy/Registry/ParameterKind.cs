namespace Cae.Domain.Policy.Registry;

/// <summary>What kind of value a policy parameter takes, which says how a policy file writes it.</summary>
public enum ParameterKind
{
    /// <summary>A number (its <see cref="PolicyParameter.Unit"/> says months, days, hours, euros or a fraction).</summary>
    Number = 0,

    /// <summary>One of a few contract names (<c>next_assembly</c>, <c>gross_margin</c>, ...).</summary>
    Choice = 1,

    /// <summary>A list of dates (<c>assemblies</c>).</summary>
    Dates = 2,

    /// <summary>A set of exit categories (<c>positive_exits</c>, <c>perennial_exits</c>).</summary>
    ExitCategories = 3,

    /// <summary>The reporting units (<c>reporting_units</c>).</summary>
    ReportingUnits = 4,

    /// <summary>An amount per calendar year (<c>support_budget</c>).</summary>
    Budget = 5,

    /// <summary>Dated employer-charge schedules (<c>employer_charges</c>).</summary>
    EmployerCharges = 6,

    /// <summary>Dated contribution rates with their scope and tiers (<c>contribution.rates</c>).</summary>
    ContributionRates = 7,
}
