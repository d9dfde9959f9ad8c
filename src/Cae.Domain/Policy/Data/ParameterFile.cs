using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Cae.Domain.Policy.Data;

/// <summary>
/// One embedded parameter file of <c>src/Cae.Domain/Policy/Parameters/</c>, in OpenFisca's shape: a description, a
/// unit, and values keyed by effective date, each with its own reference (<c>title</c>, optional <c>href</c>).
/// </summary>
/// <remarks>
/// The files are embedded resources named <c>Cae.Domain.Parameters.{name}.json</c>. They are the one place where the
/// library writes a legal or statutory number; <see cref="LegalParameters"/> turns them into dated parameters.
/// </remarks>
internal sealed class ParameterFile
{
    private ParameterFile(string name, string description, string unit, IReadOnlyList<Entry> entries)
    {
        Name = name;
        Description = description;
        Unit = unit;
        Entries = entries;
    }

    /// <summary>The parameter's contract name, which is also the file's name.</summary>
    public string Name { get; }

    /// <summary>What the value means.</summary>
    public string Description { get; }

    /// <summary>The unit, in OpenFisca's words (<c>currency-EUR/hour</c>, <c>month</c>, <c>/1</c>...).</summary>
    public string Unit { get; }

    /// <summary>The values, in file order.</summary>
    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Reads an embedded parameter file.</summary>
    /// <param name="name">The parameter's name, e.g. <c>smic_hourly</c>.</param>
    /// <exception cref="InvalidOperationException">The file is missing or malformed (a defect of the library).</exception>
    public static ParameterFile Read(string name)
    {
        var resource = "Cae.Domain.Parameters." + name + ".json";
        using var stream = typeof(ParameterFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The parameter file {resource} is not embedded in Cae.Domain.");
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        try
        {
            return Parse(name, reader.ReadToEnd(), resource);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The parameter file {resource} is malformed: {e.Message}", e);
        }
    }

    /// <summary>Parses the text of a parameter file.</summary>
    /// <param name="name">The parameter's name.</param>
    /// <param name="text">The JSON text.</param>
    /// <param name="source">The file, for messages.</param>
    /// <exception cref="FormatException">The text is not a parameter file.</exception>
    public static ParameterFile Parse(string name, string text, string source)
    {
        var root = Object(DataJson.Parse(text, source), source, "$");
        var entries = new List<Entry>();
        foreach (var dated in Object(Member(root, "values", source), source, "values"))
        {
            var parsed = LocalDatePattern.Iso.Parse(dated.Key);
            if (!parsed.Success)
            {
                throw new FormatException($"{source}: values: '{dated.Key}' is not a date (yyyy-MM-dd)");
            }

            var at = "values." + dated.Key;
            var item = Object(dated.Value, source, at);
            var reference = Object(Member(item, "reference", source), source, at + ".reference");
            var title = Member(reference, "title", source) as string ?? throw new FormatException($"{source}: {at}.reference.title is not a string");
            var href = reference.FirstOrDefault(m => m.Key == "href").Value as string;
            entries.Add(new Entry(parsed.Value, Member(item, "value", source), new Reference(title, href)));
        }

        if (entries.Count == 0)
        {
            throw new FormatException($"{source}: values: a parameter has at least one value");
        }

        return new ParameterFile(
            name,
            Member(root, "description", source) as string ?? throw new FormatException($"{source}: description is not a string"),
            Member(root, "unit", source) as string ?? throw new FormatException($"{source}: unit is not a string"),
            entries.AsReadOnly());
    }

    /// <summary>The values as a dated parameter.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="convert">Turns a JSON value (a decimal, a list, an object) into the parameter's value.</param>
    public DatedParameter<T> ToParameter<T>(Func<object?, T> convert) =>
        new(Name, Description, Entries.Select(e => new DatedValue<T>(e.From, convert(e.Value), e.Reference)));

    private static object? Member(List<KeyValuePair<string, object?>> obj, string key, string source)
    {
        foreach (var m in obj)
        {
            if (m.Key == key)
            {
                return m.Value;
            }
        }

        throw new FormatException($"{source}: '{key}' is missing");
    }

    private static List<KeyValuePair<string, object?>> Object(object? value, string source, string at) =>
        value as List<KeyValuePair<string, object?>> ?? throw new FormatException($"{source}: {at} is not an object");

    /// <summary>One dated value of the file.</summary>
    /// <param name="From">The first day it is in force.</param>
    /// <param name="Value">The JSON value.</param>
    /// <param name="Reference">Its reference.</param>
    internal sealed record Entry(LocalDate From, object? Value, Reference Reference);
}
