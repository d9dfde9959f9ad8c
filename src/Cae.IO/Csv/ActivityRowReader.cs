using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Values;
using C = Cae.IO.Csv.ContractColumns;

namespace Cae.IO.Csv;

/// <summary>Turns a row of <c>activity.csv</c> into a <see cref="MonthlyActivity"/>.</summary>
/// <remarks>
/// Cells are read in the contract's column order, so the first fault of a row is the one reported.
/// <c>purchases</c> and <c>salary_hours</c> default to 0; an empty <c>contribution</c> is absent (computed
/// from the policy); an empty <c>establishment</c> means the path's. Salary hours above 744 are refused by
/// <see cref="MonthlyActivity"/>, whose <c>DomainRuleException</c> names the column.
/// </remarks>
internal static class ActivityRowReader
{
    /// <summary>Reads the current row.</summary>
    /// <param name="cells">The row's cells.</param>
    /// <exception cref="CellRejection">A cell is missing or does not parse.</exception>
    /// <exception cref="Domain.Errors.DomainRuleException">A rule of the row is broken.</exception>
    public static MonthlyActivity Read(RowCells cells)
    {
        var id = cells.RequiredText(C.EntrepreneurId);
        var month = cells.RequiredMonth(C.Month);
        var structure = new Structure(cells.RequiredText(C.Structure));
        var establishmentText = cells.Text(C.Establishment);
        var establishment = establishmentText is null ? (Establishment?)null : new Establishment(establishmentText);
        var turnover = cells.RequiredAmount(C.Turnover);
        var purchases = cells.Amount(C.Purchases) ?? Money.Zero;
        var contribution = cells.Amount(C.Contribution);
        var hours = cells.Hours(C.SalaryHours) ?? Hours.Zero;
        return new MonthlyActivity(id, month, structure, establishment, turnover, purchases, contribution, hours);
    }
}
