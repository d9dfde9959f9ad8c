using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Cae.Domain.Policy.Data;

/// <summary>
/// A small reader of the JSON of the library's own parameter files: objects (keys kept in file order), arrays,
/// strings, numbers as exact <see cref="decimal"/>s, <c>true</c>, <c>false</c> and <c>null</c>.
/// </summary>
/// <remarks>
/// <para>Cae.Domain depends on NodaTime and Ardalis.SmartEnum only, and System.Text.Json is not part of
/// netstandard2.0, so the embedded parameter files are read by this reader rather than by a package. It reads only
/// the files shipped inside the assembly (user files go through Cae.IO's reader), so an error here is a defect of
/// the library, reported with the file and the offset.</para>
/// <para>Objects are <see cref="List{T}"/>s of key-value pairs, arrays are <see cref="List{T}"/>s of values.</para>
/// </remarks>
internal sealed class DataJson
{
    private readonly string text;
    private readonly string source;
    private int at;

    private DataJson(string text, string source)
    {
        this.text = text;
        this.source = source;
    }

    /// <summary>Parses a whole document.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="source">The file name, for messages.</param>
    /// <exception cref="FormatException">The text is not JSON.</exception>
    public static object? Parse(string text, string source)
    {
        var reader = new DataJson(text ?? throw new ArgumentNullException(nameof(text)), source);
        var value = reader.Value();
        reader.Space();
        if (reader.at != reader.text.Length)
        {
            throw reader.Error("text after the document");
        }

        return value;
    }

    private object? Value()
    {
        Space();
        if (at >= text.Length)
        {
            throw Error("a value is expected");
        }

        switch (text[at])
        {
            case '{': return Object();
            case '[': return Array();
            case '"': return String();
            case 't': Word("true"); return true;
            case 'f': Word("false"); return false;
            case 'n': Word("null"); return null;
            default: return Number();
        }
    }

    private List<KeyValuePair<string, object?>> Object()
    {
        var members = new List<KeyValuePair<string, object?>>();
        at++;
        Space();
        if (Peek('}'))
        {
            at++;
            return members;
        }

        while (true)
        {
            Space();
            if (!Peek('"'))
            {
                throw Error("a key is expected");
            }

            var key = String();
            foreach (var m in members)
            {
                if (m.Key == key)
                {
                    throw Error($"the key '{key}' appears twice");
                }
            }

            Space();
            Expect(':');
            members.Add(new KeyValuePair<string, object?>(key, Value()));
            Space();
            if (Peek(','))
            {
                at++;
                continue;
            }

            Expect('}');
            return members;
        }
    }

    private List<object?> Array()
    {
        var items = new List<object?>();
        at++;
        Space();
        if (Peek(']'))
        {
            at++;
            return items;
        }

        while (true)
        {
            items.Add(Value());
            Space();
            if (Peek(','))
            {
                at++;
                continue;
            }

            Expect(']');
            return items;
        }
    }

    private string String()
    {
        at++;
        var result = new StringBuilder();
        while (at < text.Length)
        {
            var c = text[at++];
            if (c == '"')
            {
                return result.ToString();
            }

            if (c != '\\')
            {
                result.Append(c);
                continue;
            }

            if (at >= text.Length)
            {
                break;
            }

            var e = text[at++];
            switch (e)
            {
                case '"': case '\\': case '/': result.Append(e); break;
                case 'b': result.Append('\b'); break;
                case 'f': result.Append('\f'); break;
                case 'n': result.Append('\n'); break;
                case 'r': result.Append('\r'); break;
                case 't': result.Append('\t'); break;
                case 'u' when at + 4 <= text.Length:
                    result.Append((char)int.Parse(text.Substring(at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    at += 4;
                    break;
                default: throw Error($"unknown escape '\\{e}'");
            }
        }

        throw Error("unterminated string");
    }

    private decimal Number()
    {
        var start = at;
        while (at < text.Length && "+-0123456789.eE".IndexOf(text[at]) >= 0)
        {
            at++;
        }

        var token = text.Substring(start, at - start);
        return decimal.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error($"'{token}' is not a number");
    }

    private void Word(string word)
    {
        if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
        {
            throw Error($"'{word}' is expected");
        }

        at += word.Length;
    }

    private void Space()
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' || text[at] == '\r' || text[at] == '\uFEFF'))
        {
            at++;
        }
    }

    private bool Peek(char c) => at < text.Length && text[at] == c;

    private void Expect(char c)
    {
        if (!Peek(c))
        {
            throw Error($"'{c}' is expected");
        }

        at++;
    }

    private FormatException Error(string message) =>
        new(string.Format(CultureInfo.InvariantCulture, "{0}: offset {1}: {2}", source, at, message));
}
