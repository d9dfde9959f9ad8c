using System;
using System.IO;
using System.Text.Json;
using Cae.IO.Json;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.IO;

// The reading: a report written by the writers, the rejected rows beside it, and the sections of sessions.
public static partial class ReportJson
{
    /// <summary>Reads a report written by <see cref="Write(AnnualReport, Stream)"/> (the stream is read to its end, not closed).</summary>
    /// <param name="input">The JSON, UTF-8 (a byte order mark is allowed).</param>
    /// <returns>The report, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="InputException">The stream cannot be read, or does not hold a report; the message is
    /// <c>report.json:line: $.json.path: message</c>.</exception>
    public static AnnualReport Read(Stream input) => Read(input, "report.json");

    /// <summary>Reads a report written by <see cref="Write(AnnualReport, Stream)"/>, naming the input in messages.</summary>
    /// <param name="input">The JSON, UTF-8 (a byte order mark is allowed).</param>
    /// <param name="name">The name the input goes by in messages, e.g. its file name.</param>
    /// <returns>The report, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputException">The stream cannot be read, or does not hold a report; the message is
    /// <c>name:line: $.json.path: message</c>.</exception>
    public static AnnualReport Read(Stream input, string name)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(name, nameof(name));
        var (document, positions) = Parse(input, name);
        using (document)
        {
            return new ReportReader(name, positions).Report(document.RootElement);
        }
    }

    private static (JsonDocument Document, JsonPositions Positions) Parse(Stream input, string name)
    {
        var utf8 = JsonInput.ReadAll(input, name);
        try
        {
            var positions = JsonPositions.Read(utf8);
            return (JsonDocument.Parse(utf8), positions);
        }
        catch (JsonException e)
        {
            throw new InputException(FormattableString.Invariant($"{name}:{(e.LineNumber ?? 0) + 1}: $: not valid JSON: {e.Message}"), e);
        }
    }

    /// <summary>
    /// Reads a report written by <see cref="Write(AnnualReport, ReportAdditions?, ReportDiagnostics, Stream)"/> and the
    /// rejected rows written beside it: <c>Read(Write(report, additions, diagnostics), name, out d)</c> gives back
    /// <c>report</c>, and <c>d</c> holds the rejected rows of <c>diagnostics</c> (and no warning: they are not written).
    /// </summary>
    /// <remarks>
    /// Each string of <c>rejected_rows</c> is read as <c>file:line: column: reason</c> (<see cref="RejectedRow.ToString"/>):
    /// the file ends at the first <c>:</c> followed by digits and <c>": "</c>, the line is those digits, the column runs to
    /// the next <c>": "</c> and the reason is the rest, <c>": "</c> included. A file whose name holds <c>:digits: </c>, or
    /// a column whose name holds <c>": "</c> (no contract column does), reads back split at the first such place. A string
    /// without that shape is not dropped: it is an <see cref="InputException"/> naming it.
    /// </remarks>
    /// <param name="input">The JSON, UTF-8 (a byte order mark is allowed).</param>
    /// <param name="name">The name the input goes by in messages, e.g. its file name.</param>
    /// <param name="diagnostics">The rejected rows of <c>rejected_rows</c>, in order, and no warning.</param>
    /// <returns>The report, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputException">The stream cannot be read, does not hold a report, or a string of
    /// <c>rejected_rows</c> is not <c>file:line: column: reason</c>; the message is
    /// <c>name:line: $.rejected_rows[i]: message</c>.</exception>
    public static AnnualReport Read(Stream input, string name, out ReportDiagnostics diagnostics)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(name, nameof(name));
        var (document, positions) = Parse(input, name);
        using (document)
        {
            var reader = new ReportReader(name, positions);
            var report = reader.Report(document.RootElement);
            diagnostics = new ReportDiagnostics(reader.Rejections(document.RootElement), Array.Empty<InputWarning>());
            return report;
        }
    }

    /// <summary>
    /// Reads the sections of sessions.csv and candidates.csv (<c>info_sessions</c>, <c>workshops</c>) back from a report
    /// written with them (the stream is read to its end, not closed): <c>ReadSessions(Write(report, additions))</c>
    /// equals <c>additions.Sessions</c>, or holds neither section when there was none.
    /// </summary>
    /// <param name="input">The JSON, UTF-8 (a byte order mark is allowed).</param>
    /// <param name="name">The name the input goes by in messages.</param>
    /// <returns>The sections.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputException">The stream cannot be read, or its sections are not as written; the message is
    /// <c>name:line: $.json.path: message</c>.</exception>
    public static Cae.Rules.Sessions.SessionSections ReadSessions(Stream input, string name)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(name, nameof(name));
        var utf8 = JsonInput.ReadAll(input, name);
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return new Cae.IO.Sessions.SessionsJsonReader(name).Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new InputException(FormattableString.Invariant($"{name}:{(e.LineNumber ?? 0) + 1}: $: not valid JSON: {e.Message}"), e);
        }
    }
}
