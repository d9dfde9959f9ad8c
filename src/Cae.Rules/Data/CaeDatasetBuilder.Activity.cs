using System;
using System.Diagnostics.CodeAnalysis;
using Cae.Domain.Activity;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Data;

// The adding of activity rows: checked alone, then written into the row columns.
public sealed partial class CaeDatasetBuilder
{
    /// <summary>Adds an activity row, when its values are within the contract's ranges.</summary>
    /// <param name="row">The row.</param>
    /// <param name="rejection">Why the row is not added; <c>null</c> when it is.</param>
    /// <returns>Whether the row was added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public bool TryAddActivity(MonthlyActivity row, [NotNullWhen(false)] out Rejection? rejection)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        return TryAddActivity(row.EntrepreneurId, row.Month, row.Structure.Name, row.Establishment?.Name, row.Turnover, row.Purchases, row.Contribution, row.SalaryHours, out rejection);
    }

    /// <summary>Adds an activity row from its values, without an object per row.</summary>
    /// <param name="entrepreneurId">The person's key (trimmed); not empty.</param>
    /// <param name="month">The calendar month, 1900-01..2100-12.</param>
    /// <param name="structure">The structure that carries the activity; not empty.</param>
    /// <param name="establishment">The establishment, or <c>null</c> for the path's.</param>
    /// <param name="turnover">The turnover (negative for credit notes).</param>
    /// <param name="purchases">The purchases.</param>
    /// <param name="contribution">The contribution recorded, or <c>null</c> to compute it from the policy.</param>
    /// <param name="salaryHours">The salary hours, 0..744.</param>
    /// <param name="rejection">Why the row is not added; <c>null</c> when it is.</param>
    /// <returns>Whether the row was added.</returns>
    /// <exception cref="InvalidOperationException">The dataset has already been built.</exception>
    public bool TryAddActivity(
        string entrepreneurId,
        YearMonth month,
        string structure,
        string? establishment,
        Money turnover,
        Money purchases,
        Money? contribution,
        Hours salaryHours,
        [NotNullWhen(false)] out Rejection? rejection)
    {
        EnsureOpen();
        var outOfRange = AmountOutOfRange("turnover", turnover) ?? AmountOutOfRange("purchases", purchases) ?? AmountOutOfRange("contribution", contribution);
        if (outOfRange is not null)
        {
            rejection = outOfRange;
            return false;
        }

        return TryAddActivity(entrepreneurId, month.Year, month.Month, structure, establishment, turnover.Cents, purchases.Cents, contribution.HasValue, contribution?.Cents ?? 0, salaryHours.Hundredths, out rejection);
    }

    /// <summary>
    /// <see cref="TryAddActivity(string, YearMonth, string, string?, Money, Money, Money?, Hours, out Rejection?)"/> on
    /// raw cents and hundredths, as a loader has them: the same checks and reasons, without a <see cref="Money"/> per amount.
    /// </summary>
    internal bool TryAddActivity(
        string entrepreneurId,
        int year,
        int month,
        string structure,
        string? establishment,
        long turnover,
        long purchases,
        bool hasContribution,
        long contribution,
        long salaryHours,
        [NotNullWhen(false)] out Rejection? rejection)
    {
        EnsureOpen();
        var monthIndex = CaeDataset.MonthIndex(year, month);
        // The key and structure of the previous row added are known not to be blank.
        var sameKey = lastKey is not null && ReferenceEquals(entrepreneurId, lastKey);
        var sameStructure = lastStructure is not null && ReferenceEquals(structure, lastStructure);
        rejection = !sameKey && string.IsNullOrWhiteSpace(entrepreneurId) ? new Rejection("entrepreneur_id", "required value missing")
            : monthIndex < FirstMonthIndex || monthIndex > LastMonthIndex ? new Rejection("month", FormattableString.Invariant($"{year:0000}-{month:00} is outside 1900-01..2100-12"))
            : !sameStructure && string.IsNullOrWhiteSpace(structure) ? new Rejection("structure", "required value missing")
            : CentsOutOfRange("turnover", turnover) ?? CentsOutOfRange("purchases", purchases) ?? (hasContribution ? CentsOutOfRange("contribution", contribution) : null)
            ?? (salaryHours < 0 ? new Rejection("salary_hours", FormattableString.Invariant($"'{salaryHours / 100m:0.00}': salary hours are never negative"))
            : salaryHours > MonthlyActivity.MaximumMonthlyHours.Hundredths ? new Rejection("salary_hours", FormattableString.Invariant($"a month holds at most 744 salary hours (got {Hours.FromHundredths(salaryHours)})"))
            : null);
        if (rejection is not null)
        {
            return false;
        }

        // The previous row's references are stored only when they change: a reference stored costs a write barrier.
        if (!sameKey)
        {
            lastKeyHandle = KeyHandle(entrepreneurId);
            lastKey = entrepreneurId;
        }

        if (!sameStructure)
        {
            lastStructureId = Structures.Intern(structure);
            lastStructure = structure;
        }

        var person = lastKeyHandle;
        var structureId = lastStructureId;
        var establishmentId = -1;
        if (establishment is not null)
        {
            if (!ReferenceEquals(establishment, lastEstablishment))
            {
                lastEstablishmentId = Establishments.Intern(establishment);
                lastEstablishment = establishment;
            }

            establishmentId = lastEstablishmentId;
        }

        if (RowCount == RowPerson.Length)
        {
            Resize(RowCount + Math.Max(1024, RowCount / 2));
        }

        var i = RowCount++;
        RowPerson[i] = person;
        RowMonth[i] = monthIndex;
        RowStructure[i] = structureId;
        RowEstablishment[i] = establishmentId;
        RowTurnover[i] = turnover;
        RowPurchases[i] = purchases;
        RowContribution[i] = hasContribution ? contribution : 0;
        RowContributionRecorded[i] = hasContribution;
        RowHours[i] = (int)salaryHours;
        return true;
    }
}
