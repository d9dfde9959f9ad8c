using System;
using System.IO;
using System.Threading.Tasks;
using Cae.Domain.Policy;
using Cae.IO.Csv;
using Cae.Rules.Data;

namespace Cae.IO;

/// <summary>
/// Loads <c>paths.csv</c> and <c>activity.csv</c> per the data contract (§1 and §1'): both dialects and both
/// encodings without options, columns by name, and every data row either accepted or rejected with
/// <c>file:line: column: reason</c>.
/// </summary>
/// <remarks>
/// <para><b>Streaming.</b> Each file is read through a buffer of bounded size (1 MiB, more only for a longer
/// row) straight into the columns of a <see cref="CaeDatasetBuilder"/>: no file is held in memory and no object
/// is made per activity row. Its encoding is told first (see <see cref="InputEncoding"/>: a UTF-8 file is
/// validated row by row, and a row with an invalid byte is rejected), its dialect from the header, and its header
/// matched to the contract's columns: an unknown column is ignored with a warning, a missing required column is
/// an <see cref="InputException"/>. Then each data row is read; its first fault rejects it. The rules between
/// rows (a repeated key, an activity row of an unknown person, a repeated person-month-structure) are checked
/// once both files are read, so the rows of a file may come in any order.</para>
/// <para>Lines are physical lines of the file (the header is line 1); a row whose quoted cell spans several
/// lines is reported at the line where it starts.</para>
/// <para>Rules that depend on a policy's calendar (an associate date that is not a general-assembly date) are not
/// the loader's: ask <see cref="LoadResult.AssociateDateWarnings"/> with the policy of the command.</para>
/// </remarks>
public static class ContractCsv
{
    /// <summary>Loads both files from disk.</summary>
    /// <param name="pathsFile">The paths file, as given on the command line (it names the file in messages).</param>
    /// <param name="activityFile">The activity file, as given on the command line.</param>
    /// <param name="policy">
    /// The policy under which missing contributions will be computed (the network default when <c>null</c>): an
    /// activity row without a contribution, in a month with no contribution rate in force, is rejected.
    /// </param>
    /// <exception cref="ArgumentNullException">A file name is null.</exception>
    /// <exception cref="InputException">A file is missing or unreadable, or its header lacks a required column.</exception>
    public static LoadResult Load(string pathsFile, string activityFile, CaePolicy? policy = null)
    {
        Guard.NotNull(pathsFile, nameof(pathsFile));
        Guard.NotNull(activityFile, nameof(activityFile));
        return Load(pathsFile, activityFile, policy, FileLoad.DefaultBufferSize, ActivityLoad.SplitFrom, out _);
    }

    /// <summary>Loads both files from disk, reading an activity file of <paramref name="splitFrom"/> bytes or more in two parts at once (tests force it).</summary>
    internal static LoadResult Load(string pathsFile, string activityFile, CaePolicy? policy, int bufferSize, long splitFrom, out bool split) =>
        Load(pathsFile, activityFile, policy, bufferSize, splitFrom, byLines: true, out split, out _, out _);

    /// <summary>
    /// <see cref="Load(string, string, CaePolicy?, int, long, out bool)"/>, reading rows of the usual form of both
    /// files from their lines' bytes or not (tests compare both), and telling how many of each file were.
    /// </summary>
    internal static LoadResult Load(string pathsFile, string activityFile, CaePolicy? policy, int bufferSize, long splitFrom, bool byLines, out bool split, out int rowsByLine, out int pathsByLine)
    {
        using var paths = Open(pathsFile);
        using var activity = Open(activityFile);
        return Load(paths, pathsFile, activity, activityFile, policy, bufferSize, splitFrom, byLines, out split, out rowsByLine, out pathsByLine);
    }

    /// <summary>Loads both files from streams (read to their end, not closed).</summary>
    /// <param name="paths">The paths file's bytes.</param>
    /// <param name="pathsName">The name the paths file goes by in messages.</param>
    /// <param name="activity">The activity file's bytes.</param>
    /// <param name="activityName">The name the activity file goes by in messages.</param>
    /// <param name="policy">The policy under which missing contributions will be computed (see the other overload).</param>
    /// <exception cref="ArgumentNullException">A stream or name is null.</exception>
    /// <exception cref="InputException">A stream cannot be read, or a header lacks a required column.</exception>
    public static LoadResult Load(Stream paths, string pathsName, Stream activity, string activityName, CaePolicy? policy = null)
    {
        Guard.NotNull(paths, nameof(paths));
        Guard.NotNull(activity, nameof(activity));
        Guard.NotNull(pathsName, nameof(pathsName));
        Guard.NotNull(activityName, nameof(activityName));
        return Load(paths, pathsName, activity, activityName, policy, FileLoad.DefaultBufferSize);
    }

    /// <summary>Loads both streams with a given initial buffer size (tests split the rows across buffer boundaries).</summary>
    internal static LoadResult Load(Stream paths, string pathsName, Stream activity, string activityName, CaePolicy? policy, int bufferSize) =>
        Load(paths, pathsName, activity, activityName, policy, bufferSize, long.MaxValue, byLines: true, out _, out _, out _);

    /// <summary>
    /// Loads both streams. An activity stream that is a file of <paramref name="splitFrom"/> bytes or more, opened
    /// here at its start, may be read in two parts at once (see <see cref="ActivityLoad"/>); the result is the same.
    /// </summary>
    private static LoadResult Load(Stream paths, string pathsName, Stream activity, string activityName, CaePolicy? policy, int bufferSize, long splitFrom, bool byLines, out bool split, out int rowsByLine, out int pathsByLine)
    {
        var builder = new CaeDatasetBuilder();
        var pathsDiagnostics = new LoadDiagnostics();
        var activityDiagnostics = new LoadDiagnostics();
        var pathsLoad = new PathsLoad(pathsName, pathsDiagnostics) { ByLines = byLines };
        var activityLoad = new ActivityLoad(activityName, builder, new RateCheck(policy ?? CaePolicy.Default), activityDiagnostics, splitFrom) { ByLines = byLines };

        // The two files are read at once, on two threads: the builder takes rows in any order, so the paths join
        // it once both are read. A fault of the paths file is reported first, as if the files were read in turn.
        var pathsRun = Task.Run(() => Run(pathsLoad, paths, bufferSize));
        InputFile activityFile;
        try
        {
            activityFile = Run(activityLoad, activity, bufferSize);
        }
        catch (InputException)
        {
            ((IAsyncResult)pathsRun).AsyncWaitHandle.WaitOne();
            if (pathsRun.IsFaulted)
            {
                pathsRun.GetAwaiter().GetResult();
            }

            throw;
        }

        var pathsFile = pathsRun.GetAwaiter().GetResult();
        split = activityLoad.WasSplit;
        rowsByLine = activityLoad.RowsByLine;
        pathsByLine = pathsLoad.RowsByLine;
        builder.AddPaths(pathsLoad.Accepted);
        var pathCount = builder.PathCount;
        var dataset = builder.Build(out var buildRejections);
        var cross = new CrossRowRejections(pathsLoad, activityLoad, pathCount);
        cross.Add(buildRejections, pathsDiagnostics, activityDiagnostics);
        return new LoadResult(
            dataset,
            pathsFile,
            activityFile,
            pathsDiagnostics.Rejected,
            activityDiagnostics.Rejected,
            pathsDiagnostics.Warnings,
            activityDiagnostics.Warnings,
            pathsLoad.Read,
            activityLoad.Read,
            cross.PersonLines);
    }

    /// <summary>Loads both files' bytes (tests).</summary>
    internal static LoadResult Load(byte[] paths, string pathsName, byte[] activity, string activityName, CaePolicy? policy, int bufferSize = FileLoad.DefaultBufferSize)
    {
        using var pathsStream = new MemoryStream(paths, writable: false);
        using var activityStream = new MemoryStream(activity, writable: false);
        return Load(pathsStream, pathsName, activityStream, activityName, policy, bufferSize);
    }

    /// <summary>Runs a file load, turning a read failure into an <see cref="InputException"/> naming the file.</summary>
    internal static InputFile Run(FileLoad load, Stream stream, int bufferSize)
    {
        try
        {
            return load.Run(stream, bufferSize);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            throw new InputException($"{load.File}: cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>Opens an input file for a sequential read, turning a failure into an <see cref="InputException"/> naming the file.</summary>
    internal static FileStream Open(string file)
    {
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
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
}
