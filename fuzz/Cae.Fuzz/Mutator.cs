using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Cae.Fuzz;

/// <summary>
/// Mutations of the inputs, drawn by FsCheck generators: cells replaced by hostile values, lines cut, repeated,
/// swapped or dropped, delimiters changed, bytes that are not UTF-8, markup, formulas, control characters, huge
/// numbers and dates at and beyond the calendar's ends; JSON values replaced the same way.
/// </summary>
public static class Mutator
{
    /// <summary>Values a careless export or a hostile user may put in a cell or a JSON value.</summary>
    public static readonly string[] Tokens =
    {
        string.Empty, " ", "0", "-0", "1", "-1", "0.5", "1,5", "1 234,56", "1\u00A0234,56", "12 €", "1e3", "1e400", "NaN", "-",
        "1000000000000", "1000000000000.01", "-1000000000000", "92233720368547758.07", "99999999999999999999999999999", "0.001",
        "744", "744.01", "2147483647", "2147483648", "-2147483649", "100000", "2000000000",
        "2015-01-01", "2015-02-29", "2016-02-29", "1900-01-01", "1899-12-31", "2100-12-31", "2101-01-01", "9999-12-31", "0001-01-01",
        "31/12/2015", " 5/03/2015", "2015-13-01", "2015-01", "1900-01", "2100-12", "2101-01", "9999-12", "13/2015", "12/2015",
        "creation", "associé", "ASSOCIATE", "réorientation", "unknown", "F", "M", "x",
        Oracle.Marker + ">", "\"><x-cae onload=alert(1)>", "</td><x-cae>", "<script>alert(1)</script>", "&amp;", "=1+1", "+cmd", "@SUM(A1)", "\t=1",
        "\"", "\"\"", "a\"b", ",", ";", "\r", "\n", "\u0000", "\u001b[31m", "\u202E", "\uFEFF", "é", "İ", "ß", "\uD800", "🙂",
        new string('x', 300), new string('9', 400), "null", "true", "[]", "{}",
    };

    private static readonly string[] JsonValues =
    {
        "0", "-1", "1", "0.5", "1.5", "-0.5", "100000", "2000000000", "-2000000000", "9223372036854775808", "1e400", "1e-400",
        "null", "true", "\"\"", "\"abc\"", "\"2015-01-01\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"2101-01-01\"", "[]", "{}",
        "[\"2015-06-13\", \"2015-06-13\"]", "\"" + Oracle.Marker + ">\"", "\"\\u0000\"", "\"\\ud800\"",
        new string('[', 200) + new string(']', 200), "\"" + new string('x', 500) + "\"",
    };

    private enum Kind
    {
        Cell,
        DropLine,
        RepeatLine,
        SwapLines,
        Cut,
        Delimiter,
        Byte,
        Bom,
        Char,
        JsonValue,
        JsonKey,
        Header,
    }

    /// <summary>A mutation: its kind and where it applies, as fractions of the text and an index into the values.</summary>
    private sealed record Mutation(Kind Kind, double At, double To, int Value);

    private static readonly Gen<Mutation> Mutations =
        from kind in Gen.Frequency(
            (8, Gen.Constant(Kind.Cell)), (2, Gen.Constant(Kind.DropLine)), (2, Gen.Constant(Kind.RepeatLine)), (1, Gen.Constant(Kind.SwapLines)),
            (1, Gen.Constant(Kind.Cut)), (1, Gen.Constant(Kind.Delimiter)), (2, Gen.Constant(Kind.Byte)), (1, Gen.Constant(Kind.Bom)),
            (2, Gen.Constant(Kind.Char)), (6, Gen.Constant(Kind.JsonValue)), (1, Gen.Constant(Kind.JsonKey)), (1, Gen.Constant(Kind.Header)))
        from at in Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0)
        from to in Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0)
        from value in Gen.Choose(0, 1_000_000)
        select new Mutation(kind, at, to, value);

    /// <summary>Applies 1 to 8 mutations drawn from a seed to a file.</summary>
    /// <param name="bytes">The file.</param>
    /// <param name="json">Whether it is a JSON file (JSON mutations) or a CSV file (cell and line mutations).</param>
    /// <param name="seed">The seed.</param>
    public static byte[] Mutate(byte[] bytes, bool json, ulong seed)
    {
        var count = 1 + (int)(seed % 8);
        var text = Encoding.UTF8.GetString(bytes);
        var raw = new List<(int Position, byte Value)>();
        foreach (var m in Gen.Sample(Mutations, 10, new Rnd(seed), count))
        {
            text = Apply(text, json, m, raw);
        }

        var result = new List<byte>(Encoding.UTF8.GetBytes(text));
        foreach (var (position, value) in raw)
        {
            result.Insert(Math.Min(position, result.Count), value);
        }

        return result.ToArray();
    }

    private static string Apply(string text, bool json, Mutation m, List<(int, byte)> raw)
    {
        var lines = text.Split('\n').ToList();
        var line = (int)(m.At * lines.Count) % Math.Max(1, lines.Count);
        switch (json ? Json(m.Kind) : m.Kind)
        {
            case Kind.Cell:
            {
                var cells = lines[line].Split(text.Contains(';') && !text.Contains(',') ? ';' : ',');
                cells[(int)(m.To * cells.Length) % cells.Length] = Tokens[m.Value % Tokens.Length];
                lines[line] = string.Join(",", cells);
                return string.Join("\n", lines);
            }

            case Kind.Header:
            {
                var cells = lines[0].Split(',').ToList();
                if (m.Value % 2 == 0 && cells.Count > 1)
                {
                    cells.RemoveAt((int)(m.To * cells.Count) % cells.Count);
                }
                else
                {
                    cells.Insert((int)(m.To * cells.Count) % (cells.Count + 1), m.Value % 3 == 0 ? cells[0] : "extra");
                }

                lines[0] = string.Join(",", cells);
                return string.Join("\n", lines);
            }

            case Kind.DropLine:
                lines.RemoveAt(line);
                return string.Join("\n", lines);
            case Kind.RepeatLine:
                lines.Insert(line, lines[(int)(m.To * lines.Count) % lines.Count]);
                return string.Join("\n", lines);
            case Kind.SwapLines:
            {
                var other = (int)(m.To * lines.Count) % lines.Count;
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return string.Join("\n", lines);
            }

            case Kind.Cut:
                return text.Substring(0, (int)(m.At * text.Length));
            case Kind.Delimiter:
                return m.Value % 2 == 0 ? text.Replace(',', ';') : text.Replace(";", ",");
            case Kind.Byte:
                raw.Add(((int)(m.At * text.Length), new byte[] { 0xE9, 0xFF, 0xC3, 0x80, 0x00, 0xA0, 0x92 }[m.Value % 7]));
                return text;
            case Kind.Bom:
                return "\uFEFF" + text;
            case Kind.Char:
            {
                var at = (int)(m.At * text.Length);
                var token = Tokens[m.Value % Tokens.Length];
                return text.Substring(0, at) + token + text.Substring(at);
            }

            case Kind.JsonKey:
            {
                var keys = FindAll(text, "\":");
                if (keys.Count == 0)
                {
                    return text;
                }

                var end = keys[(int)(m.At * keys.Count) % keys.Count];
                var start = end < 1 ? -1 : text.LastIndexOf('"', end - 1);
                if (start < 0)
                {
                    return text; // a '":' with no opening quote before it: no key to repeat or misspell
                }

                var key = text.Substring(start, end - start + 2);
                return m.Value % 2 == 0
                    ? text.Substring(0, start) + key + " 1, " + text.Substring(start) // the key twice
                    : text.Substring(0, start) + "\"support_limit_month\":" + text.Substring(end + 2); // a typo
            }

            default: // Kind.JsonValue
            {
                var values = FindAll(text, ": ");
                if (values.Count == 0)
                {
                    return text;
                }

                var at = values[(int)(m.At * values.Count) % values.Count] + 2;
                var end = ValueEnd(text, at);
                return text.Substring(0, at) + JsonValues[m.Value % JsonValues.Length] + text.Substring(end);
            }
        }
    }

    private static Kind Json(Kind kind) => kind switch
    {
        Kind.Cell or Kind.Header or Kind.DropLine or Kind.SwapLines or Kind.Delimiter => Kind.JsonValue,
        _ => kind,
    };

    private static List<int> FindAll(string text, string what)
    {
        var found = new List<int>();
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            found.Add(i);
        }

        return found;
    }

    /// <summary>The end of the JSON value starting at a position (a scalar, or a bracketed value).</summary>
    private static int ValueEnd(string text, int start)
    {
        if (start >= text.Length)
        {
            return text.Length;
        }

        if (text[start] is '[' or '{')
        {
            var depth = 0;
            for (var i = start; i < text.Length; i++)
            {
                depth += text[i] is '[' or '{' ? 1 : text[i] is ']' or '}' ? -1 : 0;
                if (depth == 0)
                {
                    return i + 1;
                }
            }

            return text.Length;
        }

        if (text[start] == '"')
        {
            var close = text.IndexOf('"', start + 1);
            return close < 0 ? text.Length : close + 1;
        }

        var stop = text.IndexOfAny(new[] { ',', '}', ']', '\n' }, start);
        return stop < 0 ? text.Length : stop;
    }
}
