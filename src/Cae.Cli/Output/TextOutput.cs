using System;
using System.Globalization;
using System.IO;
using Cae.Cli.Infrastructure;

namespace Cae.Cli.Output;

/// <summary>Where a text output goes: the <c>--out</c> file (UTF-8 without byte order mark), or the standard output.</summary>
internal static class TextOutput
{
    /// <summary>Writes a text made by a writer (with <c>\n</c> line ends, whatever the system).</summary>
    /// <param name="outFile">The <c>--out</c> file, or <c>null</c> for the standard output.</param>
    /// <param name="write">Writes the text.</param>
    /// <param name="stdout">The standard output.</param>
    /// <exception cref="UsageException">The file cannot be written.</exception>
    public static void Write(string? outFile, Action<TextWriter> write, TextWriter stdout)
    {
        using var buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(buffer);
        Write(outFile, buffer.ToString(), stdout);
    }

    /// <summary>Writes the text.</summary>
    /// <param name="outFile">The <c>--out</c> file, or <c>null</c> for the standard output.</param>
    /// <param name="text">The text.</param>
    /// <param name="stdout">The standard output.</param>
    /// <exception cref="UsageException">The file cannot be written.</exception>
    public static void Write(string? outFile, string text, TextWriter stdout) =>
        Cae.Cli.Infrastructure.OutputFile.Write(outFile, text, stdout);
}
