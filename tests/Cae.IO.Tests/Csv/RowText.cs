using System.Globalization;
using Cae.Domain.Activity;
using Cae.Domain.Paths;

namespace Cae.IO.Tests.Csv;

/// <summary>Every value of an accepted row as one invariant string, to compare rows read from two files.</summary>
internal static class RowText
{
    public static string Of(PathRecord p) => string.Create(
        CultureInfo.InvariantCulture,
        $"{p.EntrepreneurId}|{p.Establishment}|{p.Structure}|{p.EntryDate:yyyy-MM-dd}|{p.CesaDate:yyyy-MM-dd}|{p.AssociateApplicationDate:yyyy-MM-dd}|{p.AssociateDate:yyyy-MM-dd}|{p.ExitDate:yyyy-MM-dd}|{p.ExitCategory?.Code}|{Of(p.Typology)}");

    public static string Of(Typology t) => string.Create(
        CultureInfo.InvariantCulture,
        $"{t.Gender}|{t.BirthDate:yyyy-MM-dd}|{t.ResidenceArea}|{t.Qualification}|{t.StatusAtEntry}|{t.IncomeAtEntry}|{t.Prescriber}");

    public static string Of(MonthlyActivity a) => string.Create(
        CultureInfo.InvariantCulture,
        $"{a.EntrepreneurId}|{a.Month:yyyy-MM}|{a.Structure}|{a.Establishment?.Name ?? "-"}|{a.Turnover}|{a.Purchases}|{a.Contribution?.ToString() ?? "-"}|{a.SalaryHours}");
}
