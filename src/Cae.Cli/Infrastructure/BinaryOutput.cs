using System;
using System.IO;

namespace Cae.Cli.Infrastructure;

/// <summary>
/// Where a binary output (an XLSX workbook) goes: the <c>--out</c> file, written whole to a temporary file in
/// the same folder and renamed at the end (a device or a named pipe is written into: <see cref="ReplacingWrite"/>); or, without <c>--out</c> (or with <c>--out -</c>), the standard
/// output when it is redirected to a file or a pipe, never a terminal.
/// </summary>
internal static class BinaryOutput
{
    /// <summary>Writes the output.</summary>
    /// <param name="outFile">The <c>--out</c> value, or <c>null</c>.</param>
    /// <param name="write">Writes the bytes into a stream.</param>
    /// <param name="stdout">The text standard output, flushed before the bytes.</param>
    /// <exception cref="UsageException">No file and the standard output is a terminal, or the file cannot be written.</exception>
    public static void Write(string? outFile, Action<Stream> write, TextWriter stdout)
    {
        if (outFile is null || outFile == "-")
        {
            if (!Console.IsOutputRedirected)
            {
                throw new UsageException("cae: a workbook is not for the terminal: give --out FILE.xlsx (or redirect the standard output to a file).");
            }

            stdout.Flush();
            using var console = Console.OpenStandardOutput();
            write(console);
            console.Flush();
            return;
        }

        try
        {
            ReplacingWrite.Write(outFile, write);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cae: {outFile}: cannot write the report: {e.Message}", e);
        }
    }
}
