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

    /// <summary>The default policy with annual June assemblies.</summary>
    public static CaePolicy WithJuneAssemblies(int cutoffDays = 0) => CaePolicy.Default with
    {
        Assemblies = new AssemblyCalendar(JuneAssemblies, TestReference),
        ApplicationCutoffDays = cutoffDays,
    };

    /// <summary>The default policy with the given assemblies.</summary>
    public static CaePolicy WithAssemblies(params LocalDate[] dates) => CaePolicy.Default with
    {
        Assemblies = new AssemblyCalendar(dates.ToArray(), TestReference),
    };

    /// <summary>The default policy with another support limit.</summary>
    public static CaePolicy WithSupportLimit(int months) => CaePolicy.Default with
    {
        SupportLimitMonths = DatedParameter<int>.Always("support_limit_months", "test", months, TestReference),
    };
}
