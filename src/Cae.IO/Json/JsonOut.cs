using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cae.Domain.Values;
using Cae.Rules.Explanation;
using NodaTime;

namespace Cae.IO.Json;

/// <summary>
/// Writes the calculators' JSON with <see cref="Utf8JsonWriter"/>: amounts as numbers in euros (<c>1234.56</c>),
/// hours as numbers, dates as <c>yyyy-MM-dd</c> strings, absent values as <c>null</c>, explanations as arrays of
/// steps. Independent of the current culture.
/// </summary>
internal static class JsonOut
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one JSON document to a text writer, followed by a new line.</summary>
    /// <param name="target">Where to write.</param>
    /// <param name="write">Writes the document's content.</param>
    public static void Document(TextWriter target, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        target.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes an amount as a number in euros.</summary>
    public static void Money(Utf8JsonWriter writer, string name, Money amount) => writer.WriteNumber(name, amount.Euros);

    /// <summary>Writes hours as a number.</summary>
    public static void Hours(Utf8JsonWriter writer, string name, Hours hours) => writer.WriteNumber(name, hours.Value);

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>, or <c>null</c>.</summary>
    public static void Date(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } day)
        {
            writer.WriteString(name, TraceBuilder.Format(day));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a whole number, or <c>null</c>.</summary>
    public static void Number(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } n)
        {
            writer.WriteNumber(name, n);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>
    /// Writes an explanation as an array of steps, each an object with <c>kind</c>, <c>name</c>, <c>value</c>,
    /// <c>formula</c>, <c>effective_from</c>, <c>reference</c>, <c>url</c> and <c>text</c> (the step as one line).
    /// </summary>
    public static void Trace(Utf8JsonWriter writer, string name, Trace trace)
    {
        writer.WriteStartArray(name);
        foreach (var step in trace.Steps)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Kind(step.Kind));
            writer.WriteString("name", step.Name);
            writer.WriteString("value", step.Value);
            if (step.Formula is null)
            {
                writer.WriteNull("formula");
            }
            else
            {
                writer.WriteString("formula", step.Formula);
            }

            Date(writer, "effective_from", step.EffectiveFrom);
            if (step.Reference is { } reference)
            {
                writer.WriteString("reference", reference.Title);
                if (reference.Url is null)
                {
                    writer.WriteNull("url");
                }
                else
                {
                    writer.WriteString("url", reference.Url);
                }
            }
            else
            {
                writer.WriteNull("reference");
                writer.WriteNull("url");
            }

            writer.WriteString("text", step.ToString());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static string Kind(TraceStepKind kind) => kind switch
    {
        TraceStepKind.Input => "input",
        TraceStepKind.Parameter => "parameter",
        TraceStepKind.Value => "value",
        TraceStepKind.Result => "result",
        _ => "note",
    };
}
