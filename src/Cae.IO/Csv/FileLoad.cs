using System;
using System.Collections.Generic;
using System.IO;

namespace Cae.IO.Csv;

/// <summary>
/// The steps shared by both files: detect the encoding, stream the records through a bounded buffer, detect the
/// dialect from the header, match the header, then hand each data row to <see cref="ReadRow"/>.
/// </summary>
/// <remarks>
/// Before a row is read, it is rejected when a quoted cell is still open at the end of the file, when the file
/// is UTF-8 and the row holds a byte that is not valid UTF-8 (the column is the cell that holds it), or when it
/// has fewer cells than the header (most likely cut). A row's warnings are kept only when the row is accepted.
/// </remarks>
internal abstract class FileLoad
{
    /// <summary>The buffer's initial size; it grows only for a longer record.</summary>
    public const int DefaultBufferSize = 1 << 20;

    /// <summary>The lines <see cref="TryReadLine"/> may leave to the reader before a load stops trying, if it read fewer itself.</summary>
    private const int MissesBeforeGivingUp = 1024;

    private readonly List<InputWarning> rowWarnings = new();

    protected FileLoad(string file, LoadDiagnostics diagnostics)
    {
        File = file;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public int Read { get; private set; }

    /// <summary>The lines of the rows handed to the builder, by their position among them.</summary>
    public LineMap Lines { get; } = new();

    protected LoadDiagnostics Diagnostics { get; }

    protected ColumnMap Columns { get; private set; } = null!;

    protected CsvDialect Dialect { get; private set; } = CsvDialect.Comma;

    protected RecordText Record { get; private set; } = null!;

    protected RowCells Cells { get; private set; } = null!;

    protected abstract IReadOnlyList<string> ContractColumnNames { get; }

    protected abstract IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Reads the whole stream.</summary>
    /// <param name="stream">The stream, at its start.</param>
    /// <param name="bufferSize">The buffer's initial size.</param>
    /// <exception cref="InputException">The file is UTF-16, empty, or its header is wrong.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public InputFile Run(Stream stream, int bufferSize)
    {
        var encoding = TextEncodingDetector.Detect(ref stream, File);
        BufferSize = bufferSize;
        var reader = new ByteCsvReader(Source(stream), bufferSize);
        Dialect = CsvDialect.Detect(reader.PeekFirstLine());
        reader.Delimiter = (byte)Dialect.Delimiter;
        Record = new RecordText(reader, encoding == InputEncoding.Windows1252);
        if (!reader.Read())
        {
            throw new InputException($"{File}:1: header: the file is empty; a header row naming the columns is expected");
        }

        var header = new string[reader.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = Record.Field(i);
        }

        Columns = ColumnMap.Read(header, reader.Line, File, ContractColumnNames, RequiredColumns, Diagnostics.Warnings);
        Cells = new RowCells(Record, Columns, Dialect);
        Prepared();
        Started(stream);
        try
        {
            ReadRows(reader);
        }
        catch
        {
            Abandoned();
            throw;
        }

        Finished();
        return new InputFile(File, encoding, Dialect);
    }

    /// <summary>Reads the rows of a part of a file whose header <paramref name="head"/> has read, as the rest of its load.</summary>
    /// <param name="head">The load of the file's first part: its encoding, dialect and columns are this part's.</param>
    /// <param name="stream">The part's bytes, starting at the start of a line.</param>
    /// <param name="bufferSize">The buffer's initial size.</param>
    /// <param name="firstLine">The line of the file where the part starts.</param>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    protected void RunPart(FileLoad head, Stream stream, int bufferSize, int firstLine)
    {
        var reader = new ByteCsvReader(stream, bufferSize, firstLine) { Delimiter = (byte)head.Dialect.Delimiter };
        Dialect = head.Dialect;
        Columns = head.Columns;
        Record = new RecordText(reader, head.Record.Windows1252);
        Cells = new RowCells(Record, Columns, Dialect);
        Prepared();
        ReadRows(reader);
    }

    /// <summary>Takes over what a load of the file's next part read (its rows follow this load's).</summary>
    /// <param name="part">The part's load, done.</param>
    protected void Absorb(FileLoad part)
    {
        Read += part.Read;
        RowsByLine += part.RowsByLine;
        Lines.Append(part.Lines);
        Diagnostics.Rejected.AddRange(part.Diagnostics.Rejected);
        Diagnostics.Warnings.AddRange(part.Diagnostics.Warnings);
    }

    /// <summary>The buffer's initial size of the run.</summary>
    protected int BufferSize { get; private set; } = DefaultBufferSize;

    /// <summary>The stream the reader reads, once the encoding is told: <paramref name="stream"/> itself unless a load limits it.</summary>
    /// <param name="stream">The stream, after any byte-order mark.</param>
    protected virtual Stream Source(Stream stream) => stream;

    /// <summary>Called once the dialect, columns and record of the file are known, before the first row (of each part).</summary>
    protected virtual void Prepared()
    {
    }

    /// <summary>Called when the rows are all read, before the run returns.</summary>
    protected virtual void Finished()
    {
    }

    /// <summary>Called when reading the rows failed, before the exception goes on.</summary>
    protected virtual void Abandoned()
    {
    }

    private void ReadRows(ByteCsvReader reader)
    {
        var utf8 = !Record.Windows1252;
        var cells = Cells;
        var byLines = ReadsLines;
        var misses = 0;
        while (true)
        {
            if (byLines && reader.TryPeekLine(out var bytes, out var length))
            {
                if (TryReadLine(bytes, length))
                {
                    Read++;
                    RowsByLine++;
                    Lines.Add(reader.SkipLine(length));
                    continue;
                }

                // A file of other rows (quoted cells, amounts with a currency sign) is left to the reader.
                byLines = ++misses < MissesBeforeGivingUp || misses <= RowsByLine;
            }

            if (!reader.Read())
            {
                break;
            }

            Read++;
            var line = reader.Line;
            if (reader.UnclosedQuoteField >= 0)
            {
                Reject(line, Columns.NameAt(reader.UnclosedQuoteField), "quoted cell not closed before the end of the file");
                continue;
            }

            if (utf8 && Utf8Bytes.FirstInvalid(reader.RecordBytes) is var bad and >= 0)
            {
                Reject(line, Columns.NameAt(FieldAt(reader, bad)), FormattableString.Invariant($"not valid UTF-8 (byte 0x{reader.RecordBytes[bad]:X2})"));
                continue;
            }

            if (reader.FieldCount < Columns.HeaderWidth)
            {
                Reject(line, Columns.NameAt(reader.FieldCount), FormattableString.Invariant($"the row has {reader.FieldCount} cells but the header {Columns.HeaderWidth}: it looks cut short"));
                continue;
            }

            rowWarnings.Clear();
            if (reader.FieldCount > Columns.HeaderWidth && cells.FirstExtraField() is var extra and >= 0)
            {
                rowWarnings.Add(new InputWarning(
                    File,
                    line,
                    Columns.NameAt(extra),
                    FormattableString.Invariant($"the row has {reader.FieldCount} cells but the header {Columns.HeaderWidth}; the extra cells are ignored")));
            }

            var rejection = ReadRow(reader, cells, line, rowWarnings);
            if (rejection is { } r)
            {
                Reject(line, r.Column, r.Reason);
            }
            else
            {
                Lines.Add(line);
                if (rowWarnings.Count > 0)
                {
                    Diagnostics.Warnings.AddRange(rowWarnings);
                }
            }
        }
    }

    /// <summary>Called once the header is read, before the first row.</summary>
    /// <param name="stream">The stream being read.</param>
    protected virtual void Started(Stream stream)
    {
    }

    /// <summary>Whether a row may first be read from its line's bytes by <see cref="TryReadLine"/>, before the reader cuts it into fields.</summary>
    protected bool ReadsLines { get; set; }

    /// <summary>The rows that <see cref="TryReadLine"/> read.</summary>
    public int RowsByLine { get; private set; }

    /// <summary>
    /// Reads a row of the usual form from its whole line (perhaps with a quote) and hands it to the builder, or says
    /// <c>false</c> and does nothing: the reader then reads the line, and <see cref="ReadRow"/> the row, which must
    /// give the same outcome for every line this accepts.
    /// </summary>
    /// <param name="bytes">The buffer from the line's start: its first <paramref name="length"/> bytes are the line, then its line break.</param>
    /// <param name="length">The line's length.</param>
    protected virtual bool TryReadLine(ReadOnlySpan<byte> bytes, int length) => false;

    /// <summary>Reads the current row and hands it to the builder; returns the column and reason when it is not accepted.</summary>
    protected abstract (string Column, string Reason)? ReadRow(ByteCsvReader reader, RowCells cells, int line, List<InputWarning> warnings);

    /// <summary>Records a rejected row.</summary>
    protected void Reject(int line, string column, string reason)
    {
        Diagnostics.Rejected.Add(new RejectedRow(File, line, column, reason));
        Rejected(line);
    }

    /// <summary>Called when a row is rejected while reading.</summary>
    protected virtual void Rejected(int line)
    {
    }

    private static int FieldAt(ByteCsvReader reader, int offset)
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (offset < reader.FieldEndInRecord(i))
            {
                return i;
            }
        }

        return reader.FieldCount - 1;
    }
}
