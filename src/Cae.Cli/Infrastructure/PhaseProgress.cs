using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace Cae.Cli.Infrastructure;

/// <summary>
/// Shows on stderr which phase of a long command is running ("cae: reading activity.csv (48.2 MB)…"), on
/// one line rewritten in place and erased at the end, only when stderr is the console and a terminal.
/// </summary>
/// <remarks>
/// Silent when stderr is redirected (a pipe, a file, CI) and when the command writes to another writer than
/// <see cref="Console.Error"/> (the tests), so that it never mixes with the errors and warnings people parse.
/// </remarks>
public sealed class PhaseProgress : IDisposable
{
    private readonly TextWriter? terminal;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private bool shown;

    /// <summary>Creates the progress on a writer; <paramref name="terminal"/> <c>null</c> makes it silent.</summary>
    /// <param name="terminal">The terminal to write to, or <c>null</c>.</param>
    internal PhaseProgress(TextWriter? terminal) => this.terminal = terminal;

    /// <summary>Whether the progress is shown.</summary>
    public bool Enabled => terminal is not null;

    /// <summary>The progress for a command's error writer: shown only when it is the console's stderr and that is a terminal.</summary>
    /// <param name="error">The command's error writer.</param>
    public static PhaseProgress For(TextWriter error) =>
        new(ReferenceEquals(error is GuardedWriter g ? g.Inner : error, Console.Error) && !Console.IsErrorRedirected ? error : null);

    /// <summary>Shows that a phase starts.</summary>
    /// <param name="text">What the phase does, e.g. "reading activity.csv".</param>
    public void Phase(string text)
    {
        if (terminal is null)
        {
            return;
        }

        var elapsed = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        terminal.Write($"\r\u001b[Kcae: {text}… ({elapsed} s)");
        terminal.Flush();
        shown = true;
    }

    /// <summary>Shows that files are being read, with their total size.</summary>
    /// <param name="files">The files.</param>
    public void Reading(params string[] files)
    {
        if (terminal is null)
        {
            return;
        }

        long bytes = 0;
        var names = new string[files.Length];
        for (var i = 0; i < files.Length; i++)
        {
            names[i] = Path.GetFileName(files[i]);
            bytes += File.Exists(files[i]) ? new FileInfo(files[i]).Length : 0;
        }

        Phase(string.Create(CultureInfo.InvariantCulture, $"reading {string.Join(", ", names)} ({bytes / 1e6:0.0} MB)"));
    }

    /// <summary>Erases the progress line (before a warning or an error is written to stderr, and at the end).</summary>
    public void Clear()
    {
        if (terminal is not null && shown)
        {
            terminal.Write("\r\u001b[K");
            terminal.Flush();
            shown = false;
        }
    }

    /// <summary>Erases the progress line.</summary>
    public void Dispose() => Clear();
}
