using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Cae.Cli.Infrastructure;

/// <summary>
/// Writes a command's output (data contract §2'): to standard output without <c>--out</c> or with <c>--out -</c>,
/// otherwise through a temporary file of the same folder renamed at the end, so that a failed write leaves no half
/// file; <c>--out</c> naming one of the command's input files (also through a link) is a usage error.
/// </summary>
internal static class OutputFile
{
    /// <exception cref="UsageException">The file is an input of the command, or cannot be written.</exception>
    public static void Write(string? outFile, string content, IEnumerable<string> inputs, TextWriter stdout)
    {
        if (outFile is null || outFile == "-")
        {
            try
            {
                stdout.Write(content);
                stdout.Flush();
            }
            catch (IOException e)
            {
                throw new UsageException($"cae: cannot write to the standard output: {e.Message}", e);
            }

            return;
        }

        string target;
        try
        {
            target = Resolve(outFile);
            foreach (var input in inputs)
            {
                if (string.Equals(Resolve(input), target, StringComparison.Ordinal))
                {
                    throw new UsageException($"cae: --out {outFile} names an input file of the command; choose another file.");
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cae: {outFile}: cannot write: {e.Message}", e);
        }

        var temporary = target + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp";
        try
        {
            File.WriteAllText(temporary, content, new UTF8Encoding(false));
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            TryDelete(temporary);
            throw new UsageException($"cae: {outFile}: cannot write: {e.Message}", e);
        }
    }

    /// <summary>The full path of a file, its links followed.</summary>
    private static string Resolve(string file)
    {
        var full = Path.GetFullPath(file);
        var info = new FileInfo(full);
        return info.Exists && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the message reports the failed write.
        }
    }
}
