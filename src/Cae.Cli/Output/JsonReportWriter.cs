using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cae.Rules.Indicators;

namespace Cae.Cli.Output;

/// <summary>
/// Writes a <see cref="ReportTree"/> as JSON with the names of the data contract §3: subtrees as objects,
/// numbers as JSON numbers (invariant, as rounded by <see cref="ReportRounding"/>), undefined figures as
/// <c>null</c>, lists as arrays. Indented, UTF-8, non-ASCII letters written as they are.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>Writes a tree as JSON text.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ReportTree tree, TextWriter output)
    {
        output.Write(ToJson(tree));
        output.Write('\n');
    }

    /// <summary>A tree as JSON text.</summary>
    /// <param name="tree">The tree.</param>
    public static string ToJson(ReportTree tree)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteNode(writer, tree ?? throw new ArgumentNullException(nameof(tree)));
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n");
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
