using System;
using System.IO;
using System.Text.Json;
using Cae.IO.Csv;
using Cae.IO.Json;
using Cae.Rules.Indicators;

namespace Cae.IO;

/// <summary>
/// Writes a <see cref="ReportTree"/> as JSON with the names of the data contract §3: subtrees as objects,
/// numbers as JSON numbers (invariant, as rounded by <see cref="ReportRounding"/>), undefined figures as
/// <c>null</c>, lists as arrays; indented, non-ASCII letters written as they are (<see cref="JsonOut"/>).
/// </summary>
public static class ReportJson
{
    /// <summary>Writes a tree as JSON text, followed by a new line.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ReportTree tree, TextWriter output)
    {
        if (tree is null)
        {
            throw new ArgumentNullException(nameof(tree));
        }

        JsonOut.Document(output, writer => WriteNode(writer, tree));
    }

    /// <summary>A tree as JSON text.</summary>
    /// <param name="tree">The tree.</param>
    public static string ToJson(ReportTree tree)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(tree, text);
        return text.ToString();
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
