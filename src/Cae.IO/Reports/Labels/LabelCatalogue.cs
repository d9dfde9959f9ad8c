using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cae.Domain.Paths;
using Cae.Rules.Forecast;

namespace Cae.IO.Reports.Labels;

/// <summary>
/// One language's catalogue, an embedded JSON resource <c>Catalogues/LANG.json</c>: <c>language</c>,
/// <c>number</c> (<c>group_separator</c>, <c>decimal_separator</c>, <c>percent_suffix</c>), <c>labels</c> (one
/// text per <see cref="Label"/> name), <c>exit_categories</c> (one name per category code) and <c>typology</c>
/// (names of typology codes, keyed <c>dimension/code</c> or <c>*/code</c>), and, in a block of their own,
/// <c>forecast_assumptions</c> (one text per <see cref="ForecastAssumptionKey"/> name, its values in the places <c>{0}</c>, <c>{1}</c>, …).
/// </summary>
internal sealed class LabelCatalogue
{
    private const string Prefix = "Cae.IO.Reports.Labels.Catalogues.";

    private LabelCatalogue(string language, string[] texts, IReadOnlyDictionary<string, string> exitCategories, IReadOnlyDictionary<string, string> typology, string groupSeparator, string decimalSeparator, string percentSuffix, string[] assumptions)
    {
        Assumptions = assumptions;
        Language = language;
        Texts = texts;
        ExitCategories = exitCategories;
        Typology = typology;
        GroupSeparator = groupSeparator;
        DecimalSeparator = decimalSeparator;
        PercentSuffix = percentSuffix;
    }

    /// <summary>The languages of the embedded catalogues, in order.</summary>
    public static IReadOnlyList<string> Languages { get; } = typeof(LabelCatalogue).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n.Substring(Prefix.Length, n.Length - Prefix.Length - ".json".Length))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The language code.</summary>
    public string Language { get; }

    /// <summary>The texts, indexed by <see cref="Label"/>.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>The texts of the forecast's assumptions, indexed by <see cref="ForecastAssumptionKey"/>.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>The exit categories' names by code.</summary>
    public IReadOnlyDictionary<string, string> ExitCategories { get; }

    /// <summary>The typology codes' names.</summary>
    public IReadOnlyDictionary<string, string> Typology { get; }

    /// <summary>The thousands separator.</summary>
    public string GroupSeparator { get; }

    /// <summary>The decimal separator.</summary>
    public string DecimalSeparator { get; }

    /// <summary>The text after a percentage.</summary>
    public string PercentSuffix { get; }

    /// <summary>Reads an embedded catalogue.</summary>
    /// <param name="language">The language code.</param>
    /// <exception cref="InvalidOperationException">The catalogue is missing, or lacks a key, a category or a separator, or has a key no <see cref="Label"/> names.</exception>
    public static LabelCatalogue Load(string language)
    {
        using var stream = typeof(LabelCatalogue).Assembly.GetManifestResourceStream(Prefix + language + ".json")
            ?? throw new InvalidOperationException($"No label catalogue for '{language}'.");
        using var reader = new StreamReader(stream);
        return Parse(language, reader.ReadToEnd());
    }

    /// <summary>Reads a catalogue's JSON.</summary>
    /// <param name="language">The language code the catalogue must declare.</param>
    /// <param name="json">The catalogue.</param>
    /// <exception cref="InvalidOperationException">The catalogue lacks a key, a category, a separator or a forecast assumption, or has a key no <see cref="Label"/> (or <see cref="ForecastAssumptionKey"/>) names.</exception>
    public static LabelCatalogue Parse(string language, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var declared = Text(root, "language", language);
        if (declared != language)
        {
            throw new InvalidOperationException($"The label catalogue '{language}' says it is '{declared}'.");
        }

        var labels = Map(root, "labels", language);
        var keys = (Label[])Enum.GetValues(typeof(Label));
        var unknown = labels.Keys.Where(k => !Enum.TryParse<Label>(k, out _)).ToList();
        var missing = keys.Where(k => !labels.ContainsKey(k.ToString())).ToList();
        if (unknown.Count > 0 || missing.Count > 0)
        {
            throw new InvalidOperationException($"The label catalogue '{language}': missing {string.Join(", ", missing)}; unknown {string.Join(", ", unknown)}.");
        }

        var categories = Map(root, "exit_categories", language);
        var missingCategories = Enumerable.Range(0, ExitCategory.Count).Select(i => ExitCategory.FromValue(i).Code).Where(c => !categories.ContainsKey(c)).ToList();
        if (missingCategories.Count > 0)
        {
            throw new InvalidOperationException($"The label catalogue '{language}' has no name for the exit categories {string.Join(", ", missingCategories)}.");
        }

        var assumptions = Map(root, "forecast_assumptions", language);
        var assumptionKeys = (ForecastAssumptionKey[])Enum.GetValues(typeof(ForecastAssumptionKey));
        var unknownAssumptions = assumptions.Keys.Where(k => !Enum.TryParse<ForecastAssumptionKey>(k, out _)).ToList();
        var missingAssumptions = assumptionKeys.Where(k => !assumptions.ContainsKey(k.ToString())).ToList();
        if (unknownAssumptions.Count > 0 || missingAssumptions.Count > 0)
        {
            throw new InvalidOperationException($"The label catalogue '{language}', forecast_assumptions: missing {string.Join(", ", missingAssumptions)}; unknown {string.Join(", ", unknownAssumptions)}.");
        }

        var number = root.TryGetProperty("number", out var n) ? n : throw new InvalidOperationException($"The label catalogue '{language}' has no 'number'.");
        return new LabelCatalogue(
            language,
            keys.Select(k => labels[k.ToString()]).ToArray(),
            categories,
            Map(root, "typology", language),
            Text(number, "group_separator", language),
            Text(number, "decimal_separator", language),
            Text(number, "percent_suffix", language),
            assumptionKeys.Select(k => assumptions[k.ToString()]).ToArray());
    }

    private static string Text(JsonElement element, string name, string language) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidOperationException($"The label catalogue '{language}' has no text '{name}'.");

    private static Dictionary<string, string> Map(JsonElement root, string name, string language)
    {
        if (!root.TryGetProperty(name, out var map) || map.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"The label catalogue '{language}' has no object '{name}'.");
        }

        return map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal);
    }
}
