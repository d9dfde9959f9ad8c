using System;
using System.Collections.Generic;
using System.IO;
using Cae.Domain.Errors;
using Cae.Domain.Values;
using Cae.Rules.Data;
using NodaTime;
using C = Cae.IO.Csv.ContractColumns;

namespace Cae.IO.Csv;

/// <summary>
/// Loads <c>activity.csv</c> straight into the dataset builder's columns: no object and, for a row of the usual
/// form, no string per row.
/// </summary>
/// <remarks>
/// <para>Each row is first read by <see cref="ActivityFastRow"/> from its bytes: unquoted cells, plain numbers
/// (<c>-1234.5</c>, at most two decimals, no thousands separator or currency sign), months <c>yyyy-MM</c> or
/// <c>M/yyyy</c>. Any other row (a quoted cell, <c>1 234,56 €</c>, a cell that does not parse) is read again by
/// <see cref="ActivityRowReader"/> from its text, which accepts every form of the contract and words the reason
/// of a rejection: the fast path only ever accepts what the slow one accepts, with the same values.</para>
/// <para>The person key of consecutive rows of one person is decoded once; structures and establishments are
/// decoded once per file (<see cref="NameCache"/>).</para>
/// </remarks>
internal sealed partial class ActivityLoad : FileLoad
{
    private readonly CaeDatasetBuilder builder;
    private readonly RateCheck rates;
    private ActivityFastRow? fast;

    /// <summary>Creates the load of one file.</summary>
    /// <param name="file">The file's name in messages.</param>
    /// <param name="builder">The builder the rows go to.</param>
    /// <param name="rates">The check of the contributions to compute.</param>
    /// <param name="diagnostics">Where rejected rows and warnings go.</param>
    /// <param name="splitFrom">The smallest file read in two parts at once (see <see cref="SplitFrom"/>); <see cref="long.MaxValue"/> for never.</param>
    public ActivityLoad(string file, CaeDatasetBuilder builder, RateCheck rates, LoadDiagnostics diagnostics, long splitFrom = long.MaxValue)
        : base(file, diagnostics)
    {
        this.builder = builder;
        this.rates = rates;
        SplitFromBytes = splitFrom;
    }

    /// <summary>The smallest activity file that <see cref="ContractCsv"/> reads in two parts at once (on .NET 10; never on netstandard2.0).</summary>
    public const long SplitFrom = 4L << 20;

    /// <summary>The smallest file this load reads in two parts at once; <see cref="long.MaxValue"/> for never.</summary>
    public long SplitFromBytes { get; }

    protected override IReadOnlyList<string> ContractColumnNames => ContractColumns.Activity;

    protected override IReadOnlyList<string> RequiredColumns => ContractColumns.ActivityRequired;

    protected override void Prepared()
    {
        fast = new ActivityFastRow(Record, Columns, Dialect);
        ReadsLines = ByLines && fast.ReadsLines;
    }

    /// <summary>Whether rows of the usual form are read from their lines' bytes (tests compare with reading every row through the reader).</summary>
    internal bool ByLines { get; init; } = true;

    protected override bool TryReadLine(ReadOnlySpan<byte> bytes, int length)
    {
        // A row that is rejected adds nothing: ReadRow reads it again and words the reason.
        return fast!.TryReadLine(bytes, length) && AddFastRow() is null;
    }

    /// <summary>The row <see cref="fast"/> holds, checked for a contribution rate in force, then handed to the builder: <c>null</c> once added, or why not (nothing added).</summary>
    private (string Column, string Reason)? AddFastRow()
    {
        // A month outside 1900..2100 is the builder's to reject, with its own reason.
        if (!fast!.HasContribution && fast.Year is >= 1900 and <= 2100 && rates.Problem(new YearMonth(fast.Year, fast.Month), fast.Structure, fast.Id) is { } missing)
        {
            return (C.Contribution, missing);
        }

        return builder.TryAddActivity(fast.Id, fast.Year, fast.Month, fast.Structure, fast.Establishment, fast.Turnover, fast.Purchases, fast.HasContribution, fast.Contribution, fast.Hours, out var rejection)
            ? null
            : (rejection.Column, rejection.Reason);
    }

    protected override void Started(Stream stream)
    {
        if (stream.CanSeek)
        {
            // One row a line in the usual exports: count the lines once (a fast pass over bytes that are in the
            // page cache) so the columns are allocated once at their size, neither grown nor trimmed; the same
            // pass tells where a second reader may take over.
            var scan = LineScan.Of(stream, SplitSearchFrom(stream));
            builder.EnsureActivityCapacity(builder.ActivityCount + scan.Capacity);
            StartSecondHalf(stream, scan);
        }
    }

    protected override (string Column, string Reason)? ReadRow(ByteCsvReader reader, RowCells cells, int line, List<InputWarning> warnings)
    {
        if (fast!.TryRead(reader))
        {
            // The usual row, parsed from its bytes: straight to the builder's columns, no value object per amount.
            return AddFastRow();
        }

        string id;
        YearMonth month;
        string structure;
        string? establishment;
        Money turnover, purchases;
        Money? contribution;
        Hours hours;
        try
        {
            var row = ActivityRowReader.Read(cells);
            id = row.EntrepreneurId;
            month = row.Month;
            structure = row.Structure.Name;
            establishment = row.Establishment?.Name;
            turnover = row.Turnover;
            purchases = row.Purchases;
            contribution = row.Contribution;
            hours = row.SalaryHours;
        }
        catch (CellRejection e)
        {
            return (e.Column, e.Reason);
        }
        catch (DomainRuleException e)
        {
            return (e.Field, e.Value is null ? e.Rule : $"{e.Rule} (got {CellText.Quote(e.Value)})");
        }

        // A month outside 1900..2100 is the builder's to reject, with its own reason.
        if (contribution is null && month.Year is >= 1900 and <= 2100 && !string.IsNullOrWhiteSpace(structure) && rates.Problem(month, structure, id) is { } problem)
        {
            return (C.Contribution, problem);
        }

        return builder.TryAddActivity(id, month, structure, establishment, turnover, purchases, contribution, hours, out var rejection)
            ? null
            : (rejection.Column, rejection.Reason);
    }
}
