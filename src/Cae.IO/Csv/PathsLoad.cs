using System;
using System.Collections.Generic;
using Cae.Domain.Errors;
using Cae.Rules.Data;

namespace Cae.IO.Csv;

/// <summary>
/// Reads <c>paths.csv</c>, a <see cref="Domain.Paths.PathRecord"/> per row, checked alone (<see cref="CaeDatasetBuilder.CheckPath"/>)
/// and kept in <see cref="Accepted"/>: it runs beside the activity file's load, and its paths join the builder after.
/// </summary>
internal sealed class PathsLoad : FileLoad
{
    private readonly Dictionary<string, int> rejectedLines = new(StringComparer.Ordinal);
    private PathLineReader? lines;

    public PathsLoad(string file, LoadDiagnostics diagnostics)
        : base(file, diagnostics)
    {
    }

    /// <summary>The rows accepted, as columns over this load's own name tables (it may run beside the builder).</summary>
    public PathColumns Accepted { get; } = new(new NameTable(), new NameTable(), new NameTable(), 1024);

    protected override IReadOnlyList<string> ContractColumnNames => ContractColumns.Paths;

    protected override IReadOnlyList<string> RequiredColumns => ContractColumns.PathsRequired;

    /// <summary>The line of the first rejected row of a person key; 0 when none was rejected while reading.</summary>
    public int RejectedLineOf(string id) => rejectedLines.TryGetValue(id, out var line) ? line : 0;

    protected override (string Column, string Reason)? ReadRow(ByteCsvReader reader, RowCells cells, int line, List<InputWarning> warnings)
    {
        try
        {
            return PathRowReader.Read(cells, Accepted, File, line, warnings) is { } rejection ? (rejection.Column, rejection.Reason) : null;
        }
        catch (CellRejection e)
        {
            return (e.Column, e.Reason);
        }
        catch (DomainRuleException e)
        {
            return (e.Field, e.Value is null ? e.Rule : $"{e.Rule} (got {CellText.Quote(e.Value)})");
        }
    }

    /// <summary>Whether rows of the usual form may be read from their lines' bytes (<see cref="PathLineReader"/>); always, but in tests.</summary>
    internal bool ByLines { get; init; } = true;

    protected override void Prepared()
    {
        lines = new PathLineReader(Record, Columns, Dialect);
        ReadsLines = ByLines && lines.ReadsLines;
    }

    protected override bool TryReadLine(ReadOnlySpan<byte> bytes, int length) => lines!.TryReadLine(bytes, length, Accepted);

    protected override void Started(System.IO.Stream stream)
    {
        if (stream.CanSeek)
        {
            // One row a line in the usual exports: the columns are allocated once at their size (up to 2^24
            // people; beyond, or for a file of blank lines, they grow as rows come).
            Accepted.EnsureCapacity(Math.Min(LineScan.Of(stream).Capacity, 1 << 24));
        }
    }

    protected override void Rejected(int line)
    {
        var id = Cells.Text(ContractColumns.EntrepreneurId);
        if (id is not null && !rejectedLines.ContainsKey(id))
        {
            rejectedLines.Add(id, line);
        }
    }
}
