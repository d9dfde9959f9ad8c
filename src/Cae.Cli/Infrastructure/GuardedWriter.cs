using System;
using System.IO;
using System.Text;

namespace Cae.Cli.Infrastructure;

/// <summary>
/// A writer over standard output or standard error that never lets an I/O error escape as such: on standard
/// output a failed write (a full disk, a closed pipe) becomes an <see cref="OutputWriteException"/>, reported on one
/// line with exit code 2; on standard error it is ignored (there is nowhere left to report it).
/// </summary>
internal sealed class GuardedWriter : TextWriter
{
    private readonly TextWriter inner;
    private readonly bool quiet;

    /// <summary>Wraps a writer.</summary>
    /// <param name="inner">The writer.</param>
    /// <param name="quiet">Whether failed writes are ignored (standard error) rather than reported (standard output).</param>
    public GuardedWriter(TextWriter inner, bool quiet)
        : base(inner.FormatProvider)
    {
        this.inner = inner;
        this.quiet = quiet;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    /// <summary>The writer wrapped.</summary>
    public TextWriter Inner => inner;

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value) => Guard(() => inner.Write(value));

    /// <inheritdoc />
    public override void Write(string? value) => Guard(() => inner.Write(value));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    /// <inheritdoc />
    /// <remarks>On standard error, a line longer than <see cref="CaeApp.MaxMessage"/> characters is cut, with an ellipsis.</remarks>
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(quiet ? Cap(value) : value));

    /// <inheritdoc />
    public override void Flush() => Guard(inner.Flush);

    /// <summary>Each line of a message at most <see cref="CaeApp.MaxMessage"/> characters.</summary>
    private static string? Cap(string? value)
    {
        if (value is null || value.Length <= CaeApp.MaxMessage)
        {
            return value;
        }

        var lines = value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > CaeApp.MaxMessage)
            {
                lines[i] = lines[i].Substring(0, CaeApp.MaxMessage - 1) + "…";
            }
        }

        return string.Join("\n", lines);
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
            if (!quiet)
            {
                throw new OutputWriteException(e.Message, e);
            }
        }
    }
}

/// <summary>A write to standard output failed (exit code 2, one line on standard error).</summary>
internal sealed class OutputWriteException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">The system's reason.</param>
    /// <param name="inner">The cause.</param>
    public OutputWriteException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
