using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Cae.IO.Json;

/// <summary>
/// Maps the JSON paths of a document (<c>$.contribution.rates[1].rate</c>) to the line of the file where
/// the value starts, so errors can say <c>file:line: column: message</c>.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);

    private JsonPositions()
    {
    }

    /// <summary>Reads the positions of every value of a UTF-8 JSON document (comments and trailing commas allowed).</summary>
    /// <param name="utf8">The document.</param>
    /// <exception cref="JsonException">The document is not valid JSON.</exception>
    public static JsonPositions Read(byte[] utf8)
    {
        var result = new JsonPositions();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<string> { "$" };
        var arrayIndex = new Stack<int>();
        var lineStarts = LineStarts(utf8);
        string? pendingProperty = null;
        while (reader.Read())
        {
            var line = LineOf(lineStarts, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
                    result.lines[string.Concat(path) + "." + pendingProperty] = line;
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var segment = Enter(path, arrayIndex, ref pendingProperty);
                    if (segment is not null)
                    {
                        result.lines.TryAdd(string.Concat(path), line);
                    }

                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        arrayIndex.Push(-1);
                    }
                    else
                    {
                        arrayIndex.Push(int.MinValue);
                    }

                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    arrayIndex.Pop();
                    if (path.Count > 1)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    break;
                default:
                    Enter(path, arrayIndex, ref pendingProperty);
                    result.lines.TryAdd(string.Concat(path), line);
                    path.RemoveAt(path.Count - 1);
                    break;
            }
        }

        return result;
    }

    /// <summary>The line of a path, or of its nearest known parent; 1 when nothing is known.</summary>
    /// <param name="jsonPath">The path, e.g. <c>$.contribution.rates[1].rate</c>.</param>
    public int LineOf(string jsonPath)
    {
        var p = jsonPath;
        while (p.Length > 0)
        {
            if (lines.TryGetValue(p, out var line))
            {
                return line;
            }

            var cut = Math.Max(p.LastIndexOf('.'), p.LastIndexOf('['));
            if (cut <= 0)
            {
                break;
            }

            p = p.Substring(0, cut);
        }

        return 1;
    }

    private static string? Enter(List<string> path, Stack<int> arrayIndex, ref string? pendingProperty)
    {
        if (arrayIndex.Count == 0)
        {
            path.Add(string.Empty);
            return null;
        }

        string segment;
        if (arrayIndex.Peek() != int.MinValue)
        {
            var i = arrayIndex.Pop() + 1;
            arrayIndex.Push(i);
            segment = "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        }
        else
        {
            segment = "." + pendingProperty;
        }

        pendingProperty = null;
        path.Add(segment);
        return segment;
    }

    private static List<long> LineStarts(byte[] utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<long> starts, long offset)
    {
        var index = starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
