using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cae.IO.Json;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;
using Cae.Rules.WhatIf;

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
/// <para>The rejected rows are not part of the report: the writers take them beside it, in a
/// <see cref="ReportDiagnostics"/>, and write each as <c>file:line: column: reason</c> in <c>rejected_rows</c>;
/// <see cref="Read(Stream, string, out ReportDiagnostics)"/> reads them back. The diagnostics' warnings are not
/// written: the JSON of the contract has no place for them.</para>
/// </remarks>
public static partial class ReportJson
{
    /// <summary>Writes a report as JSON to a stream, in UTF-8 (the stream is left open), with an empty <c>rejected_rows</c>
    /// (the report holds no rejected row: <see cref="Write(AnnualReport, ReportAdditions?, ReportDiagnostics, Stream)"/> writes them beside it).</summary>
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

    /// <summary>Writes a report and its additions of contract §3' as JSON to a stream, in UTF-8 (the stream is left open), with an empty <c>rejected_rows</c>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions (<see cref="ReportAdditions.Compute(Cae.Rules.Data.CaeDataset, int)"/>), or <c>null</c> for none.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">The report or the stream is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, Stream output) =>
        Write(report, additions, ReportDiagnostics.Empty, output);

    /// <summary>
    /// Writes a report, its additions of contract §3' and, beside them, the diagnostics of its input as JSON to a stream,
    /// in UTF-8 (the stream is left open): <c>rejected_rows</c> lists the diagnostics' rejected rows as
    /// <c>file:line: column: reason</c>. The warnings are not written (the report's JSON has no place for them).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions (<see cref="ReportAdditions.Compute(Cae.Rules.Data.CaeDataset, int)"/>), or <c>null</c> for none.</param>
    /// <param name="diagnostics">The rejected rows and warnings of the input (<see cref="ReportDiagnostics.From(LoadResult)"/>).</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">The report, the diagnostics or the stream is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, Stream output)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        Guard.NotNull(output, nameof(output));
        var bytes = Encoding.UTF8.GetBytes(ToJson(Document(report, additions, diagnostics)));
        output.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Writes a report and its additions of contract §3' as JSON text, followed by a new line, with an empty <c>rejected_rows</c>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">The report or the writer is null.</exception>
    /// <exception cref="IOException">The writer cannot be written.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, TextWriter output) =>
        Write(report, additions, ReportDiagnostics.Empty, output);

    /// <summary>
    /// Writes a report, its additions of contract §3' and, beside them, the diagnostics of its input as JSON text,
    /// followed by a new line (the same text as <see cref="Write(AnnualReport, ReportAdditions?, ReportDiagnostics, Stream)"/>).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="additions">The additions, or <c>null</c> for none.</param>
    /// <param name="diagnostics">The rejected rows (written as <c>rejected_rows</c>) and warnings (not written) of the input.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">The report, the diagnostics or the writer is null.</exception>
    /// <exception cref="IOException">The writer cannot be written.</exception>
    public static void Write(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics, TextWriter output)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        Write(Document(report, additions, diagnostics), output);
    }

    /// <summary>
    /// Writes a what-if comparison (<see cref="WhatIfResult.ToTree"/>) as JSON text, followed by a new line, with the
    /// diagnostics' rejected rows in the <c>rejected_rows</c> of each of its reports (baseline, scenario, delta, actual).
    /// </summary>
    /// <param name="result">The comparison.</param>
    /// <param name="diagnostics">The rejected rows and warnings (not written) of the input.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The writer cannot be written.</exception>
    public static void Write(WhatIfResult result, ReportDiagnostics diagnostics, TextWriter output)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(diagnostics, nameof(diagnostics));
        var tree = result.ToTree();
        Write(new ReportTree(tree.Children.Select(c => c.Value is ReportTree report ? new KeyValuePair<string, ReportNode>(c.Key, diagnostics.Into(report)) : c)), output);
    }

    /// <summary>Writes a report as JSON text, followed by a new line, with an empty <c>rejected_rows</c>.</summary>
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

    /// <summary>The document of a report: its tree, the diagnostics' rejected rows, then the additions.</summary>
    private static ReportTree Document(AnnualReport report, ReportAdditions? additions, ReportDiagnostics diagnostics)
    {
        var tree = diagnostics.Into(ReportDocument.Tree(report));
        return additions is null ? tree : additions.GraftInto(tree);
    }

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
