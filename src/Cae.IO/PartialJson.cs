using System;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Cae.IO.Json;
using Cae.Rules.Network;

namespace Cae.IO;

/// <summary>
/// Reads and writes a <see cref="ReportPartial"/> as the JSON document of the data contract §6':
/// <c>{ "format": "cae-partial", "version": 1, "year": Y, "caes", "input", "counters", "previous_year" }</c>.
/// </summary>
/// <remarks>
/// <para>A year's counters: <c>cells</c> (one object per structure × establishment: flows, exits by category, turnover,
/// contributions, accompanied hours, rows), <c>units</c> (per reporting unit: turnover, hours, rows, distinct salaried
/// and associates, and the hours by the annual FTE hours they count against), <c>structures</c> (distinct salaried and
/// associates), <c>totals</c> (months of path by exit category, positive and perennial exits, women, men),
/// <c>typology</c> (counts by value of each field) and <c>support_budget</c>. A partial that carries the report additions of
/// contract §3' has an <c>additions</c> object as well: <c>typology_by_establishment_and_structure</c> (counts by field,
/// establishment, structure and value), <c>people_with_activity_by_structure</c> (counts) and
/// <c>turnover_by_support_year</c> (per support year: people, person-months, turnover); a partial without it (as
/// written before) merges into a report without the additions. Counts are integers, amounts euros
/// exact to the cent, hours exact to the hundredth. Groups are written by name (ordinal), so equal partials give
/// the same bytes. <c>Read(Write(p))</c> equals <c>p</c>.</para>
/// <para>Reading is strict: another <c>format</c>, a <c>version</c> other than 1, a missing or unknown field, a
/// count that is not an integer or an amount not exact to the cent is an <see cref="InputException"/>.</para>
/// </remarks>
public static class PartialJson
{
    private static readonly string[] InputFields = { "paths_read", "paths_accepted", "activity_read", "activity_accepted" };

    /// <summary>Writes a partial as JSON, followed by a new line.</summary>
    /// <param name="partial">The partial.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="partial"/> is <c>null</c>.</exception>
    public static void Write(ReportPartial partial, TextWriter output)
    {
        if (partial is null)
        {
            throw new ArgumentNullException(nameof(partial));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        JsonOut.Document(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("format", ReportPartial.Format);
            w.WriteNumber("version", ReportPartial.Version);
            w.WriteNumber("year", partial.Year);
            w.WriteNumber("caes", partial.Caes);
            w.WriteStartObject("input");
            for (var i = 0; i < InputFields.Length; i++)
            {
                w.WriteNumber(InputFields[i], partial.Input[i]);
            }

            w.WriteEndObject();
            w.WritePropertyName("counters");
            PartialYearWriter.Write(w, partial.Current);
            w.WritePropertyName("previous_year");
            if (partial.Previous is null)
            {
                w.WriteNullValue();
            }
            else
            {
                PartialYearWriter.Write(w, partial.Previous);
            }

            if (partial.Additions is { } additions)
            {
                w.WritePropertyName("additions");
                PartialAdditionsJson.Write(w, additions);
            }

            w.WriteEndObject();
        });
    }

    /// <summary>A partial as a JSON string.</summary>
    /// <param name="partial">The partial.</param>
    public static string ToJson(ReportPartial partial)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(partial, text);
        return text.ToString();
    }

    /// <summary>Reads a partial file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InputException">The file is unreadable, not a partial, of an unknown version, or invalid.</exception>
    public static ReportPartial Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot read the file: {e.Message}", e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Reads a partial from a stream.</summary>
    /// <param name="input">The document, UTF-8.</param>
    /// <param name="source">The name of the source, for messages.</param>
    /// <exception cref="InputException">The document is not a partial, of an unknown version, or invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <c>null</c>.</exception>
    public static ReportPartial Read(Stream input, string source)
    {
        using var buffer = new MemoryStream();
        (input ?? throw new ArgumentNullException(nameof(input))).CopyTo(buffer);
        return Parse(buffer.ToArray(), source);
    }

    private static ReportPartial Parse(byte[] utf8, string source)
    {
        var start = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF ? 3 : 0;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(new ReadOnlyMemory<byte>(utf8, start, utf8.Length - start));
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new InputException(FormattableString.Invariant($"{source}:{line}: $: not valid JSON: {e.Message}"), e);
        }

        using (document)
        {
            var reader = new PartialYearReader(source);
            var withAdditions = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("additions", out _);
            var root = withAdditions
                ? reader.Object(document.RootElement, "$", "format", "version", "year", "caes", "input", "counters", "previous_year", "additions")
                : reader.Object(document.RootElement, "$", "format", "version", "year", "caes", "input", "counters", "previous_year");
            var format = root.GetProperty("format");
            if (format.ValueKind != JsonValueKind.String || format.GetString() != ReportPartial.Format)
            {
                throw reader.Error("$.format", $"not a partial report (the format is '{ReportPartial.Format}')");
            }

            var version = reader.Long(root.GetProperty("version"), "$.version");
            if (version != ReportPartial.Version)
            {
                throw reader.Error("$.version", FormattableString.Invariant($"version {version} of the partial report is unknown (this tool reads version {ReportPartial.Version})"));
            }

            var year = (int)reader.Long(root.GetProperty("year"), "$.year", 2, 9998);
            var caes = (int)reader.Long(root.GetProperty("caes"), "$.caes", 0, int.MaxValue);
            var inputObject = reader.Object(root.GetProperty("input"), "$.input", InputFields);
            var input = new long[InputFields.Length];
            for (var i = 0; i < input.Length; i++)
            {
                input[i] = reader.Long(inputObject.GetProperty(InputFields[i]), "$.input." + InputFields[i], 0, int.MaxValue);
            }

            var current = reader.Year(root.GetProperty("counters"), "$.counters", year);
            var previousElement = root.GetProperty("previous_year");
            var previous = previousElement.ValueKind == JsonValueKind.Null ? null : reader.Year(previousElement, "$.previous_year", year - 1);
            var additions = withAdditions ? PartialAdditionsJson.Read(root.GetProperty("additions"), "$.additions", year, reader.Error) : null;
            return PartialDocument.Create(caes, current, previous, input, additions);
        }
    }
}
