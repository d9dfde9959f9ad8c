using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Cae.IO.Csv;
using Cae.IO.Json;
using Cae.Domain.Activity;
using Cae.Domain.Errors;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Rules.Data;

namespace Cae.IO;

/// <summary>
/// Loads <c>paths.csv</c> and <c>activity.csv</c> per the data contract (§1): both dialects and both
/// encodings without options, columns by name, and every data row either accepted or rejected with
/// <c>file:line: column: reason</c>.
/// </summary>
/// <remarks>
/// <para>Each file is decoded (<see cref="InputEncoding"/>), its dialect detected from the header
/// (<see cref="CsvDialect"/>), and its header matched to the contract's columns: an unknown column is ignored
/// with a warning, a missing required column is a usage error. Then each data row is read; its first fault
/// rejects it. Accepted rows go into a <see cref="CaeDatasetBuilder"/>, which refuses the rows that clash with
/// earlier ones (a repeated key, an activity of an unknown person, a repeated person-month-structure); every path
/// row is added before any activity row, since activity rows name persons.</para>
/// <para>Lines are physical lines of the file (the header is line 1); a row whose quoted cell spans several
/// lines is reported at the line where it starts.</para>
/// </remarks>
public static class ContractCsv
{
    /// <summary>Loads both files from disk.</summary>
    /// <param name="pathsFile">The paths file, as given on the command line (it names the file in messages).</param>
    /// <param name="activityFile">The activity file, as given on the command line.</param>
    /// <param name="policy">
    /// When given, an <c>associate_date</c> that is not a general-assembly date of the policy (under
    /// next-assembly admission) is reported as a warning.
    /// </param>
    /// <exception cref="InputException">A file is missing or unreadable, or its header lacks a required column.</exception>
    public static LoadResult Load(string pathsFile, string activityFile, CaePolicy? policy = null) =>
        Load(pathsFile, activityFile, policy, keepActivityRows: false);

    /// <summary>Loads both files from disk, keeping the accepted activity rows as objects when asked (for tests).</summary>
    internal static LoadResult Load(string pathsFile, string activityFile, CaePolicy? policy, bool keepActivityRows)
    {
        Guard.NotNull(pathsFile, nameof(pathsFile));
        Guard.NotNull(activityFile, nameof(activityFile));
        var paths = ReadAllBytes(pathsFile);
        var activity = ReadAllBytes(activityFile);
        return Load(paths, pathsFile, activity, activityFile, policy, keepActivityRows);
    }

    /// <summary>Loads both files from streams (read to their end, not closed).</summary>
    /// <param name="paths">The paths file's bytes.</param>
    /// <param name="pathsName">The name the paths file goes by in messages.</param>
    /// <param name="activity">The activity file's bytes.</param>
    /// <param name="activityName">The name the activity file goes by in messages.</param>
    /// <param name="policy">When given, associate dates are checked against its assembly calendar (warnings).</param>
    /// <exception cref="InputException">A stream cannot be read, or a header lacks a required column.</exception>
    public static LoadResult Load(Stream paths, string pathsName, Stream activity, string activityName, CaePolicy? policy = null)
    {
        Guard.NotNull(paths, nameof(paths));
        Guard.NotNull(activity, nameof(activity));
        Guard.NotNull(pathsName, nameof(pathsName));
        Guard.NotNull(activityName, nameof(activityName));
        return Load(ReadAllBytes(paths, pathsName), pathsName, ReadAllBytes(activity, activityName), activityName, policy, keepActivityRows: false);
    }

    /// <summary>Loads both files' bytes, keeping the accepted activity rows as objects when asked (for tests).</summary>
    internal static LoadResult Load(byte[] pathsBytes, string pathsName, byte[] activityBytes, string activityName, CaePolicy? policy, bool keepActivityRows)
    {
        var builder = new CaeDatasetBuilder();
        var rejected = new List<RejectedRow>();
        var warnings = new List<InputWarning>();
        var pathsRun = new PathsRun(pathsName, policy, builder, rejected, warnings);
        var pathsFile = pathsRun.Run(pathsBytes);
        var activityRun = new ActivityRun(activityName, pathsRun, builder, keepActivityRows, rejected, warnings);
        var activityFile = activityRun.Run(activityBytes);
        return new LoadResult(
            builder.Build(),
            pathsFile,
            activityFile,
            activityRun.Kept,
            rejected,
            warnings,
            pathsRun.Read,
            activityRun.Read);
    }

    private static byte[] ReadAllBytes(string file)
    {
        try
        {
            return File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{file}: file not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException($"{file}: cannot read the file: {e.Message}", e);
        }
    }

    private static byte[] ReadAllBytes(Stream stream, string name)
    {
        try
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            throw new InputException($"{name}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>The steps shared by both files: decode, detect, read the header, then each row.</summary>
    private abstract class FileRun
    {
        private readonly List<RejectedRow> rejected;
        private readonly List<InputWarning> warnings;
        private readonly List<InputWarning> rowWarnings = new();

        protected FileRun(string file, List<RejectedRow> rejected, List<InputWarning> warnings)
        {
            File = file;
            this.rejected = rejected;
            this.warnings = warnings;
        }

        public string File { get; }

        public int Read { get; private set; }

        protected abstract IReadOnlyList<string> Columns { get; }

        protected abstract IReadOnlyList<string> RequiredColumns { get; }

        public InputFile Run(byte[] bytes)
        {
            var decoded = TextEncodingDetector.Decode(bytes, File);
            var dialect = CsvDialect.Detect(decoded.Text);
            var reader = new CsvReader(decoded.Text, dialect.Delimiter);
            if (!reader.Read())
            {
                throw new InputException($"{File}:1: header: the file is empty; a header row naming the columns is expected");
            }

            var columns = ColumnMap.Read(reader, File, Columns, RequiredColumns, warnings);
            var cells = new RowCells(reader, columns, dialect);
            while (reader.Read())
            {
                Read++;
                rowWarnings.Clear();
                var line = reader.Line;
                if (reader.UnclosedQuoteField >= 0)
                {
                    Reject(line, columns.NameAt(reader.UnclosedQuoteField), "quoted cell not closed before the end of the file");
                    continue;
                }

                var extra = cells.FirstExtraField();
                if (extra >= 0)
                {
                    rowWarnings.Add(new InputWarning(
                        File,
                        line,
                        columns.NameAt(extra),
                        FormattableString.Invariant($"the row has {reader.FieldCount} cells but the header {columns.HeaderWidth}; the extra cells are ignored")));
                }

                string? column;
                string? reason;
                try
                {
                    (column, reason) = ReadRow(cells, line, rowWarnings);
                }
                catch (CellRejection e)
                {
                    (column, reason) = (e.Column, e.Reason);
                }
                catch (DomainRuleException e)
                {
                    (column, reason) = (e.Field, e.Value is null ? e.Rule : $"{e.Rule} (got {e.Value})");
                }

                if (reason is not null)
                {
                    Reject(line, column!, reason);
                    RowRejected(cells);
                }
                else
                {
                    warnings.AddRange(rowWarnings);
                }
            }

            return new InputFile(File, decoded.Encoding, dialect);
        }

        /// <summary>Reads and adds the current row; returns the column and reason when it is not added.</summary>
        protected abstract (string? Column, string? Reason) ReadRow(RowCells cells, int line, List<InputWarning> rowWarnings);

        /// <summary>Called after a row was rejected.</summary>
        protected virtual void RowRejected(RowCells cells)
        {
        }

        private void Reject(int line, string column, string reason) => rejected.Add(new RejectedRow(File, line, column, reason));
    }

    private sealed class PathsRun : FileRun
    {
        private readonly CaePolicy? policy;
        private readonly CaeDatasetBuilder builder;
        private readonly Dictionary<string, int> acceptedLines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> rejectedLines = new(StringComparer.Ordinal);
        private int currentLine;

        public PathsRun(string file, CaePolicy? policy, CaeDatasetBuilder builder, List<RejectedRow> rejected, List<InputWarning> warnings)
            : base(file, rejected, warnings)
        {
            this.policy = policy;
            this.builder = builder;
        }

        protected override IReadOnlyList<string> Columns => ContractColumns.Paths;

        protected override IReadOnlyList<string> RequiredColumns => ContractColumns.PathsRequired;

        /// <summary>The line of the rejected path row of a person that has no accepted row; 0 when none.</summary>
        public int RejectedLineOf(string id) => !acceptedLines.ContainsKey(id) && rejectedLines.TryGetValue(id, out var line) ? line : 0;

        protected override (string? Column, string? Reason) ReadRow(RowCells cells, int line, List<InputWarning> rowWarnings)
        {
            currentLine = line;
            var path = PathRowReader.Read(cells, File, line, rowWarnings);
            var refused = builder.TryAddPath(path);
            if (refused is not null)
            {
                var first = acceptedLines.TryGetValue(path.EntrepreneurId, out var firstLine)
                    ? FormattableString.Invariant($" (line {firstLine}); the first row is kept")
                    : string.Empty;
                return (ContractColumns.EntrepreneurId, refused + first);
            }

            acceptedLines.Add(path.EntrepreneurId, line);
            if (policy is not null && policy.Admission == AdmissionMode.NextAssembly && path.AssociateDate is { } admitted && !policy.Assemblies.Contains(admitted))
            {
                rowWarnings.Add(new InputWarning(
                    File,
                    line,
                    ContractColumns.AssociateDate,
                    FormattableString.Invariant($"{admitted:yyyy-MM-dd} is not a general-assembly date of the policy (admission rule not followed); the row is kept")));
            }

            return (null, null);
        }

        protected override void RowRejected(RowCells cells)
        {
            var id = cells.Text(ContractColumns.EntrepreneurId);
            if (id is not null)
            {
                rejectedLines.TryAdd(id, currentLine);
            }
        }
    }

    private sealed class ActivityRun : FileRun
    {
        private readonly PathsRun paths;
        private readonly CaeDatasetBuilder builder;
        private readonly List<MonthlyActivity>? kept;

        public ActivityRun(string file, PathsRun paths, CaeDatasetBuilder builder, bool keep, List<RejectedRow> rejected, List<InputWarning> warnings)
            : base(file, rejected, warnings)
        {
            this.paths = paths;
            this.builder = builder;
            kept = keep ? new List<MonthlyActivity>() : null;
        }

        /// <summary>The accepted rows, when asked to keep them; <c>null</c> otherwise.</summary>
        public IReadOnlyList<MonthlyActivity>? Kept => kept;

        protected override IReadOnlyList<string> Columns => ContractColumns.Activity;

        protected override IReadOnlyList<string> RequiredColumns => ContractColumns.ActivityRequired;

        protected override (string? Column, string? Reason) ReadRow(RowCells cells, int line, List<InputWarning> rowWarnings)
        {
            var row = ActivityRowReader.Read(cells);
            var problem = builder.TryAddActivity(row);
            if (problem is null)
            {
                kept?.Add(row);
                return (null, null);
            }

            if (problem.Column == ContractColumns.EntrepreneurId && paths.RejectedLineOf(row.EntrepreneurId) is var pathLine and > 0)
            {
                return (problem.Column, FormattableString.Invariant($"the path row of '{row.EntrepreneurId}' was rejected ({paths.File}:{pathLine})"));
            }

            return (problem.Column, problem.Reason);
        }
    }
}
