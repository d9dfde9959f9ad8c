using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Cae.Cli.Infrastructure;

/// <summary>
/// Where a command's output goes (<c>--out</c>, data contract §2'): standard output without <c>--out</c> or with
/// <c>--out -</c>; otherwise a temporary file in the target's folder, renamed over the target once complete, so
/// that a failed write leaves no half file (a device or a named pipe is written into: <see cref="ReplacingWrite"/>). A target that is one of the command's input files (by its path
/// or through a link) is refused before anything is written.
/// </summary>
internal static class OutputFile
{
    /// <summary>The <c>--out</c> value that names the standard output.</summary>
    public const string StandardOutput = "-";

    /// <summary>Checks the target before the command reads or computes anything.</summary>
    /// <param name="outFile">The <c>--out</c> value, or <c>null</c>.</param>
    /// <param name="inputs">The command's input files (null entries are skipped).</param>
    /// <exception cref="UsageException">The target is an input file, or a folder.</exception>
    public static void Check(string? outFile, IEnumerable<string?> inputs)
    {
        if (outFile is null || outFile == StandardOutput)
        {
            return;
        }

        if (outFile.Length == 0)
        {
            throw new UsageException("cae: --out: the file name is empty (use --out - for the standard output).");
        }

        string target;
        try
        {
            if (Directory.Exists(outFile))
            {
                throw new UsageException($"cae: --out {outFile}: is a folder, not a file.");
            }

            target = FilePaths.Canonical(outFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cae: --out {outFile}: not a usable file name ({e.Message})", e);
        }

        foreach (var input in inputs)
        {
            if (input is null)
            {
                continue;
            }

            string source;
            try
            {
                source = FilePaths.Canonical(input);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                continue; // an unreadable input is reported when it is read
            }

            if (string.Equals(source, target, FilePaths.Comparison))
            {
                throw new UsageException($"cae: --out {outFile}: is the input file {input}; the output never replaces an input (choose another file).");
            }
        }
    }

    /// <summary>Checks the target against the inputs (<see cref="Check"/>), then writes the output (<see cref="Write(string?, string, TextWriter, Encoding?)"/>).</summary>
    /// <param name="outFile">The <c>--out</c> value, or <c>null</c> (or <c>-</c>) for standard output.</param>
    /// <param name="content">The text.</param>
    /// <param name="inputs">The command's input files.</param>
    /// <param name="stdout">Standard output.</param>
    /// <exception cref="UsageException">The file is an input of the command, or cannot be written.</exception>
    public static void Write(string? outFile, string content, IEnumerable<string> inputs, TextWriter stdout)
    {
        Check(outFile, inputs);
        Write(outFile, content, stdout);
    }

    /// <summary>Writes the output: to standard output, or through a temporary file renamed over the target.</summary>
    /// <param name="outFile">The <c>--out</c> value, or <c>null</c> (or <c>-</c>) for standard output.</param>
    /// <param name="content">The text.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="encoding">The file's encoding (a byte order mark when it has one); UTF-8 without one by default.</param>
    /// <exception cref="UsageException">The file cannot be written (nothing is left behind).</exception>
    public static void Write(string? outFile, string content, TextWriter stdout, Encoding? encoding = null)
    {
        if (outFile is null || outFile == StandardOutput)
        {
            stdout.Write(content);
            stdout.Flush();
            return;
        }

        var full = Path.GetFullPath(outFile);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"cae: --out {outFile}: the folder {folder} does not exist.");
        }

        try
        {
            var text = encoding ?? new UTF8Encoding(false);
            ReplacingWrite.Write(full, stream =>
            {
                var preamble = text.GetPreamble();
                stream.Write(preamble, 0, preamble.Length);
                var bytes = text.GetBytes(content);
                stream.Write(bytes, 0, bytes.Length);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cae: --out {outFile}: cannot write the file: {OneLine(e.Message)}", e);
        }
    }

    private static string OneLine(string text) => text.Replace("\r", " ").Replace("\n", " ");
}
