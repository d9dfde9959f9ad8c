using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Cae.IO.Json;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.IO;

/// <summary>
/// Writes the annual report as the JSON of the data contract (§3) and reads it back:
/// <c>Read(Write(report))</c> gives a report equal to <c>report</c>.
/// </summary>
/// <remarks>
/// <para>The JSON is the report's tree (<see cref="AnnualReport.ToTree"/>) with the names of the contract: subtrees as
/// objects, numbers as JSON numbers (invariant, as rounded by <see cref="ReportRounding"/>; amounts in euros exact to
/// the cent), undefined figures as <c>null</c>, lists as arrays; indented, UTF-8 without a byte order mark,
/// non-ASCII letters written as they are, one new line at the end.</para>
/// <para>Beside the contract's figures it writes the few a report is computed from and does not otherwise show, so
/// that the document reads back into an equal report: <c>typology.women</c> and <c>typology.men</c>,
/// <c>support_budget</c>, and, when the data covers Y − 1, the whole report of Y − 1 under a top-level
/// <c>previous_year</c> (without its own <c>rejected_rows</c> and <c>input</c>, which are those of Y).</para>
/// </remarks>
public static class ReportJson
{
    /// <summary>Writes a report as JSON to a stream, in UTF-8 (the stream is left open).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(AnnualReport report, Stream output)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(output, nameof(output));
        var bytes = Encoding.UTF8.GetBytes(ToJson(ReportDocument.Tree(report)));
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes a report and its additions of contract §3' as JSON to a stream, in UTF-8 (the stream is left open).</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions (<see cref="ReportAdditions.Compute"/>), or <c>null</c> for none.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">The report or the stream is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, Stream output)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(output, nameof(output));
        var tree = ReportDocument.Tree(report);
        var bytes = Encoding.UTF8.GetBytes(ToJson(additions is null ? tree : additions.GraftInto(tree)));
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes a report and its additions of contract §3' as JSON text, followed by a new line.</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">The report or the writer is null.</exception>
    /// <exception cref="IOException">The writer cannot be written.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, TextWriter output)
    {
        Guard.NotNull(report, nameof(report));
        var tree = ReportDocument.Tree(report);
        Write(additions is null ? tree : additions.GraftInto(tree), output);
    }

    /// <summary>Writes a report as JSON text, followed by a new line.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The writer cannot be written.</exception>
    public static void Write(AnnualReport report, TextWriter output)
    {
        Guard.NotNull(report, nameof(report));
        Write(ReportDocument.Tree(report), output);
    }

    /// <summary>
    /// Writes any report tree (a what-if comparison, a delta) as JSON text in the same layout, followed by a new line.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The writer cannot be written.</exception>
    public static void Write(ReportTree tree, TextWriter output)
    {
        Guard.NotNull(tree, nameof(tree));
        Guard.NotNull(output, nameof(output));
        JsonOut.Document(output, writer => WriteNode(writer, tree));
    }

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
        var utf8 = JsonInput.ReadAll(input, name);
        JsonPositions positions;
        JsonDocument document;
        try
        {
            positions = JsonPositions.Read(utf8);
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            throw new InputException(FormattableString.Invariant($"{name}:{(e.LineNumber ?? 0) + 1}: $: not valid JSON: {e.Message}"), e);
        }

        using (document)
        {
            return new ReportReader(name, positions).Report(document.RootElement);
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

    /// <summary>A tree as JSON text.</summary>
    /// <param name="tree">The tree.</param>
    internal static string ToJson(ReportTree tree)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(tree, text);
        return text.ToString();
    }

    /// <summary>A report as JSON text.</summary>
    /// <param name="report">The report.</param>
    internal static string ToJson(AnnualReport report) => ToJson(ReportDocument.Tree(report));

    private static void WriteNode(Utf8JsonWriter writer, ReportNode node)
    {
        switch (node)
        {
            case ReportTree tree:
                writer.WriteStartObject();
                foreach (var child in tree.Children)
                {
                    writer.WritePropertyName(child.Key);
                    WriteNode(writer, child.Value);
                }

                writer.WriteEndObject();
                break;
            case ReportList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteNode(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ReportText text:
                writer.WriteStringValue(text.Value);
                break;
            case ReportNumber { Value: { } value }:
                writer.WriteNumberValue(value);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
