using System;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Data;

// The checks of a row alone: dates, months and amounts within the data contract's ranges, and the reasons given.
public sealed partial class CaeDatasetBuilder
{
    /// <summary>
    /// What <see cref="TryAddPath"/> checks of a path alone (its dates within 1900-01-01..2100-12-31), for a reader
    /// that checks its rows on another thread before it adds them.
    /// </summary>
    /// <param name="path">The path row.</param>
    /// <returns>Why the path would not be added; <c>null</c> when it would.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static Rejection? CheckPath(PathRecord path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        return CheckPathDates(path.EntryDate, path.CesaDate, path.AssociateApplicationDate, path.AssociateDate, path.ExitDate, path.Typology.BirthDate);
    }

    /// <summary><see cref="CheckPath(PathRecord)"/> on a path's dates, as a loader has them before any object.</summary>
    internal static Rejection? CheckPathDates(LocalDate entry, LocalDate? cesa, LocalDate? application, LocalDate? associate, LocalDate? exit, LocalDate? birth) =>
        DateOutOfRange("entry_date", entry)
            ?? DateOutOfRange("cesa_date", cesa)
            ?? DateOutOfRange("associate_application_date", application)
            ?? DateOutOfRange("associate_date", associate)
            ?? DateOutOfRange("exit_date", exit)
            ?? DateOutOfRange("birth_date", birth);

    private static Rejection? DateOutOfRange(string column, LocalDate? date) =>
        date is { } d && (d.Year < FirstYear || d.Year > LastYear)
            ? new Rejection(column, FormattableString.Invariant($"{d.Year:0000}-{d.Month:00}-{d.Day:00} is outside 1900-01-01..2100-12-31"))
            : null;

    private static Rejection? AmountOutOfRange(string column, Money? amount) =>
        amount is { } a && (a > AmountLimit || a < -AmountLimit)
            ? new Rejection(column, FormattableString.Invariant($"{a} € is beyond 10^12 € in absolute value"))
            : null;

    private static Rejection? CentsOutOfRange(string column, long cents) =>
        cents > MaximumAbsoluteCents || cents < -MaximumAbsoluteCents
            ? new Rejection(column, FormattableString.Invariant($"{Money.FromCents(cents)} € is beyond 10^12 € in absolute value"))
            : null;

    private static string? BeyondLimit(Money amount) =>
        amount > AmountLimit || amount < -AmountLimit
            ? FormattableString.Invariant($"the amount {amount} is beyond the limit of ±1000000000000.00 € per row")
            : null;
}
