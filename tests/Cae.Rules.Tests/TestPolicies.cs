using System.Linq;
using Cae.Domain.Policy;
using NodaTime;

namespace Cae.Rules.Tests;

/// <summary>Policies shared by the tests.</summary>
internal static class TestPolicies
{
    public static readonly Reference TestReference = new("test policy", null);

    /// <summary>Coopilote-like annual general assemblies in June, 2012 to 2020.</summary>
    public static readonly LocalDate[] JuneAssemblies =
    {
        new(2012, 6, 16), new(2013, 6, 15), new(2014, 6, 14), new(2015, 6, 13), new(2016, 6, 18),
        new(2017, 6, 17), new(2018, 6, 16), new(2019, 6, 15), new(2020, 6, 13),
    };

    /// <summary>
    /// An employer-charge schedule for the years before the library's default schedule (2024): the same three points
    /// of the 2024 worked example, from 2011-12-01, as a CAE would give its own.
    /// </summary>
    public static readonly DatedParameter<EmployerChargeSchedule> EarlyEmployerCharges = new(
        "employer_charges",
        "test schedule",
        new[]
        {
            new DatedValue<EmployerChargeSchedule>(
                new LocalDate(2011, 12, 1),
                EmployerChargeSchedule.BySmicMultiple(new[]
                {
                    new System.Collections.Generic.KeyValuePair<decimal, Cae.Domain.Values.Rate>(1.0m, Cae.Domain.Values.Rate.FromFraction(0.05m)),
                    new System.Collections.Generic.KeyValuePair<decimal, Cae.Domain.Values.Rate>(1.163m, Cae.Domain.Values.Rate.FromFraction(0.16m)),
                    new System.Collections.Generic.KeyValuePair<decimal, Cae.Domain.Values.Rate>(1.449m, Cae.Domain.Values.Rate.FromFraction(0.30m)),
                }),
                TestReference),
        });

    /// <summary>The default policy with <see cref="EarlyEmployerCharges"/>, for tests of years before 2024.</summary>
    public static CaePolicy Default { get; } = CaePolicy.Default.WithEmployerCharges(EarlyEmployerCharges);

    /// <summary>The default policy with annual June assemblies.</summary>
    public static CaePolicy WithJuneAssemblies(int cutoffDays = 0) => Default with
    {
        Assemblies = new AssemblyCalendar(JuneAssemblies, TestReference),
        ApplicationCutoffDays = cutoffDays,
    };

    /// <summary>The default policy with the given assemblies.</summary>
    public static CaePolicy WithAssemblies(params LocalDate[] dates) => Default with
    {
        Assemblies = new AssemblyCalendar(dates.ToArray(), TestReference),
    };

    /// <summary>The default policy with another support limit.</summary>
    public static CaePolicy WithSupportLimit(int months) => Default with
    {
        SupportLimitMonths = DatedParameter<int>.Always("support_limit_months", "test", months, TestReference),
    };
}
