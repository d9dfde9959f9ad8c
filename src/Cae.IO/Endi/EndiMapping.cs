using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text;
using System;
using Cae.Domain.Paths;

namespace Cae.IO.Endi;

/// <summary>
/// The labels a CAE configured in enDI, mapped to the data contract (<c>mapping.json</c>, contract §5'):
/// the structure the instance holds, the establishment of each antenna, and the exit category of each exit reason.
/// </summary>
/// <remarks>
/// Antennas and exit reasons are matched case and accents free. An antenna absent from
/// <see cref="Establishments"/> keeps its name; an exit reason absent from <see cref="ExitCategories"/>, or mapped
/// to no category (as in a template), is unmapped and rejects the path that exits with it. Instances are immutable.
/// </remarks>
public sealed class EndiMapping : IEquatable<EndiMapping>
{
    private readonly Dictionary<string, string> establishments;
    private readonly Dictionary<string, ExitCategory?> categories;

    /// <summary>Creates a mapping.</summary>
    /// <param name="structure">The contract's structure of every path and activity row of the instance.</param>
    /// <param name="establishments">Antenna label → establishment name.</param>
    /// <param name="exitCategories">Exit reason label → contract category; <c>null</c> for a reason not mapped yet.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two labels are the same once folded, or a name is empty.</exception>
    public EndiMapping(string structure, IReadOnlyDictionary<string, string> establishments, IReadOnlyDictionary<string, ExitCategory?> exitCategories)
    {
        Structure = structure ?? throw new ArgumentNullException(nameof(structure));
        if (establishments is null)
        {
            throw new ArgumentNullException(nameof(establishments));
        }

        if (exitCategories is null)
        {
            throw new ArgumentNullException(nameof(exitCategories));
        }

        this.establishments = Folded(establishments, nameof(establishments));
        categories = Folded(exitCategories, nameof(exitCategories));
        Establishments = establishments.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        ExitCategories = exitCategories.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    /// <summary>The contract's structure of the instance (empty in a template, where it is to be filled in).</summary>
    public string Structure { get; }

    /// <summary>Antenna label → establishment name, as written in the file.</summary>
    public IReadOnlyDictionary<string, string> Establishments { get; }

    /// <summary>Exit reason label → contract category (<c>null</c>: not mapped yet), as written in the file.</summary>
    public IReadOnlyDictionary<string, ExitCategory?> ExitCategories { get; }

    /// <summary>The establishment of an antenna: its mapped name, or the antenna's own name.</summary>
    /// <param name="antenna">The antenna as exported.</param>
    public string EstablishmentOf(string antenna) =>
        establishments.TryGetValue(EndiText.Fold(antenna), out var name) ? name : antenna;

    /// <summary>The category of an exit reason, when the mapping gives one.</summary>
    /// <param name="label">The exit reason as exported.</param>
    /// <param name="category">The category.</param>
    public bool TryGetCategory(string label, out ExitCategory? category)
    {
        category = null;
        return categories.TryGetValue(EndiText.Fold(label), out category) && category is not null;
    }

    /// <summary>Reads a <c>mapping.json</c> file.</summary>
    /// <param name="file">The file, as given on the command line (it names the file in messages).</param>
    /// <exception cref="InputException">The file cannot be read, is not JSON, or breaks the format.</exception>
    public static EndiMapping Read(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InputException(e is FileNotFoundException or DirectoryNotFoundException ? $"{file}: file not found" : $"{file}: cannot read the file: {e.Message}", e);
        }

        return Parse(text, file);
    }

    /// <summary>Parses the text of a <c>mapping.json</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">The name the file goes by in messages.</param>
    /// <exception cref="InputException">The text is not JSON or breaks the format.</exception>
    public static EndiMapping Parse(string json, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InputException($"{name}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"{name}: a mapping is a JSON object with structure, establishments and exit_categories");
            }

            string? structure = null;
            var establishments = new Dictionary<string, string>(StringComparer.Ordinal);
            var exits = new Dictionary<string, ExitCategory?>(StringComparer.Ordinal);
            foreach (var property in Properties(root, name, "the mapping"))
            {
                switch (property.Name)
                {
                    case "structure":
                        structure = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim() : throw new InputException($"{name}: structure: a text is expected");
                        break;
                    case "establishments":
                        foreach (var antenna in Properties(property.Value, name, "establishments"))
                        {
                            var establishment = antenna.Value.ValueKind == JsonValueKind.String ? antenna.Value.GetString()!.Trim() : string.Empty;
                            if (establishment.Length == 0)
                            {
                                throw new InputException($"{name}: establishments: '{antenna.Name}': an establishment name is expected");
                            }

                            Add(establishments, antenna.Name, establishment, name, "establishments");
                        }

                        break;
                    case "exit_categories":
                        foreach (var label in Properties(property.Value, name, "exit_categories"))
                        {
                            var code = label.Value.ValueKind == JsonValueKind.String ? label.Value.GetString()!.Trim() : label.Value.ValueKind == JsonValueKind.Null ? string.Empty : null;
                            ExitCategory? category = null;
                            if (code is null || (code.Length > 0 && !ExitCategory.TryParse(code, out category)))
                            {
                                throw new InputException($"{name}: exit_categories: '{label.Name}': '{label.Value}' is not a category (creation, associate, employment, training, reorientation, other)");
                            }

                            Add(exits, label.Name, category, name, "exit_categories");
                        }

                        break;
                    default:
                        throw new InputException($"{name}: unknown field '{property.Name}' (structure, establishments, exit_categories)");
                }
            }

            if (string.IsNullOrEmpty(structure))
            {
                throw new InputException($"{name}: structure: required (the contract's structure of this enDI instance, e.g. \"structure\": \"Coopilote\")");
            }

            return new EndiMapping(structure!, establishments, exits);
        }
    }

    /// <summary>A template holding every antenna (mapped to itself) and every exit reason (not mapped) found.</summary>
    /// <param name="labels">The labels found in the exports.</param>
    /// <exception cref="ArgumentNullException"><paramref name="labels"/> is null.</exception>
    public static EndiMapping Template(EndiLabels labels)
    {
        if (labels is null)
        {
            throw new ArgumentNullException(nameof(labels));
        }

        return new EndiMapping(
            string.Empty,
            labels.Antennas.ToDictionary(a => a.Label, a => a.Label, StringComparer.Ordinal),
            labels.ExitReasons.ToDictionary(r => r.Label, _ => (ExitCategory?)null, StringComparer.Ordinal));
    }

    /// <summary>Writes the mapping as <c>mapping.json</c> (UTF-8, indented, labels unescaped).</summary>
    /// <param name="output">The stream written to (left open).</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void Write(Stream output)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new Utf8JsonWriter(output, options);
        writer.WriteStartObject();
        writer.WriteString("structure", Structure);
        writer.WriteStartObject("establishments");
        foreach (var pair in Establishments)
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("exit_categories");
        foreach (var pair in ExitCategories)
        {
            writer.WriteString(pair.Key, pair.Value?.Code ?? string.Empty);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <inheritdoc/>
    public bool Equals(EndiMapping? other) =>
        other is not null
        && Structure == other.Structure
        && Same(Establishments, other.Establishments, StringComparer.Ordinal)
        && Same(ExitCategories, other.ExitCategories, EqualityComparer<ExitCategory?>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EndiMapping);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Structure) ^ Establishments.Count ^ (ExitCategories.Count << 8);

    private static bool Same<T>(IReadOnlyDictionary<string, T> a, IReadOnlyDictionary<string, T> b, IEqualityComparer<T> comparer) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && comparer.Equals(kv.Value, v));

    private static Dictionary<string, T> Folded<T>(IReadOnlyDictionary<string, T> source, string parameter)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var pair in source)
        {
            var key = EndiText.Fold(pair.Key ?? string.Empty);
            if (key.Length == 0 || result.ContainsKey(key))
            {
                throw new ArgumentException($"'{pair.Key}' is empty or repeats another label (labels are compared case and accents free)", parameter);
            }

            result.Add(key, pair.Value);
        }

        return result;
    }

    private static void Add<T>(Dictionary<string, T> target, string label, T value, string name, string field)
    {
        var folded = EndiText.Fold(label);
        if (folded.Length == 0 || target.Keys.Any(k => EndiText.Fold(k) == folded))
        {
            throw new InputException($"{name}: {field}: '{label}' is empty or repeats another label (labels are compared case and accents free)");
        }

        target.Add(label, value);
    }

    private static IEnumerable<JsonProperty> Properties(JsonElement element, string name, string what)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"{name}: {what}: a JSON object is expected");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new InputException($"{name}: {what}: '{property.Name}' appears twice");
            }

            yield return property;
        }
    }
}
