using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cae.Domain.Paths;
using Cae.Rules.Indicators;

namespace Cae.IO.Reports.Labels;

/// <summary>
/// The words and number style of the report for people in one language, read from that language's
/// catalogue (<see cref="LabelCatalogue"/>): one text per <see cref="Label"/>, the exit categories' names by
/// code, the typology codes' names, and the number separators. Writers take every word from here.
/// </summary>
/// <remarks>
/// Numbers are formatted from their invariant form, then localised with the catalogue's separators, never
/// with the current culture, so the same number gives the same text on every machine and ICU version:
/// amounts to the euro, counts whole, averages with two decimals, hours with up to two, rates as percentages
/// with one decimal. A language is one more catalogue file; no code changes.
/// </remarks>
public sealed class ReportLabels
{
    private static readonly Lazy<IReadOnlyDictionary<string, ReportLabels>> All = new(() =>
        LabelCatalogue.Languages.ToDictionary(l => l, l => new ReportLabels(LabelCatalogue.Load(l)), StringComparer.Ordinal));

    private readonly LabelCatalogue catalogue;

    private ReportLabels(LabelCatalogue catalogue) => this.catalogue = catalogue;

    /// <summary>The labels of a catalogue read elsewhere (tests of a new language's file).</summary>
    /// <param name="catalogue">The catalogue.</param>
    internal static ReportLabels From(LabelCatalogue catalogue) => new(catalogue);

    /// <summary>The languages that have a catalogue, e.g. <c>en</c>, <c>fr</c>.</summary>
    public static IReadOnlyList<string> Languages => LabelCatalogue.Languages;

    /// <summary>The report in French, the default.</summary>
    public static ReportLabels French => All.Value["fr"];

    /// <summary>The report in English.</summary>
    public static ReportLabels English => All.Value["en"];

    /// <summary>The language code (<c>fr</c>, <c>en</c>).</summary>
    public string Language => catalogue.Language;

    /// <summary>The text of a key.</summary>
    /// <param name="key">The key.</param>
    public string this[Label key] => catalogue.Texts[(int)key];

    /// <summary>The labels of a language code.</summary>
    /// <param name="language">A code of <see cref="Languages"/>, e.g. <c>fr</c>.</param>
    /// <returns>The labels, or <c>null</c> for a language without a catalogue.</returns>
    public static ReportLabels? For(string language) => All.Value.TryGetValue(language ?? string.Empty, out var labels) ? labels : null;

    /// <summary>The report's title for a year.</summary>
    /// <param name="year">The year.</param>
    public string Title(int year) => Fill(Label.Title, ("year", Year(year)));

    /// <summary>The year before, as a column or row label.</summary>
    /// <param name="year">The year before.</param>
    public string PreviousYear(int year) => Fill(Label.PreviousYear, ("year", Year(year)));

    /// <summary>A key figure's value the year before, e.g. "2014 : 56,8 %".</summary>
    /// <param name="year">The year before.</param>
    /// <param name="value">Its value, formatted.</param>
    public string PreviousYearValue(int year, string value) => Fill(Label.PreviousYearValue, ("year", Year(year)), ("value", value));

    /// <summary>The what-if page's title.</summary>
    /// <param name="scenario">The scenario's name.</param>
    /// <param name="year">The year.</param>
    public string WhatIfTitle(string scenario, int year) => Fill(Label.WhatIfTitle, ("scenario", scenario), ("year", Year(year)));

    /// <summary>How many rows were rejected.</summary>
    /// <param name="count">The number of rejected rows.</param>
    public string RejectedRowCount(int count) =>
        Fill(count == 1 ? Label.RejectedRowCountOne : Label.RejectedRowCountMany, ("count", count.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The name of an exit category.</summary>
    /// <param name="category">The category.</param>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is <c>null</c>.</exception>
    public string Category(ExitCategory category) => catalogue.ExitCategories[(category ?? throw new ArgumentNullException(nameof(category))).Code];

    /// <summary>An assumption of a forecast in this language: its key's text with its values in their places.</summary>
    /// <param name="assumption">The assumption.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assumption"/> is <c>null</c>.</exception>
    public string Assumption(Cae.Rules.Forecast.ForecastAssumption assumption)
    {
        if (assumption is null)
        {
            throw new ArgumentNullException(nameof(assumption));
        }

        // One pass, so that a value holding "{1}" (a name, say) is never filled in turn.
        var text = catalogue.Assumptions[(int)assumption.Key];
        var filled = new StringBuilder(text.Length + 64);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{' && i + 2 < text.Length && char.IsDigit(text[i + 1]) && text[i + 2] == '}' && text[i + 1] - '0' < assumption.Arguments.Count)
            {
                filled.Append(assumption.Arguments[text[i + 1] - '0']);
                i += 2;
            }
            else
            {
                filled.Append(text[i]);
            }
        }

        return filled.ToString();
    }

    /// <summary>The label of a typology value: the language's word for a known code (<c>higher_education</c>), the value itself for free text.</summary>
    /// <param name="dimension">The typology column: <c>qualification</c>, <c>status_at_entry</c>, <c>income_at_entry</c>, <c>prescriber</c> or <c>residence_area</c>.</param>
    /// <param name="value">The value (<see cref="TypologySection.Unknown"/> for empty ones).</param>
    public string TypologyValue(string dimension, string value) =>
        value == TypologySection.Unknown ? this[Label.UnknownValue]
        : catalogue.Typology.TryGetValue(dimension + "/" + value, out var label) || catalogue.Typology.TryGetValue("*/" + value, out label) ? label
        : value;

    /// <summary>A number for people: amounts to the euro, counts whole, averages with 2 decimals, hours with up to 2, rates as a percentage with 1 decimal; "–" when undefined.</summary>
    /// <param name="number">The number.</param>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is <c>null</c>.</exception>
    public string Format(ReportNumber number)
    {
        if ((number ?? throw new ArgumentNullException(nameof(number))).Value is not { } value)
        {
            return "–";
        }

        return number.Kind switch
        {
            ReportValueKind.Rate => Localize((value * 100m).ToString("#,0.0", CultureInfo.InvariantCulture)) + catalogue.PercentSuffix,
            ReportValueKind.Amount => Localize(Cae.Domain.Values.Rounding.ToDecimals(value, 0).ToString("#,0", CultureInfo.InvariantCulture)),
            ReportValueKind.Year => value.ToString("0", CultureInfo.InvariantCulture),
            ReportValueKind.Average => Localize(value.ToString("#,0.00", CultureInfo.InvariantCulture)),
            _ => Localize(value.ToString("#,0.##", CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>A difference for people, as <see cref="Format"/> with a sign before a rise, and a difference of rates in percentage points.</summary>
    /// <param name="number">The difference.</param>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is <c>null</c>.</exception>
    public string FormatDelta(ReportNumber number)
    {
        if ((number ?? throw new ArgumentNullException(nameof(number))).Value is not { } value)
        {
            return "–";
        }

        var text = number.Kind == ReportValueKind.Rate
            ? Localize((value * 100m).ToString("#,0.0", CultureInfo.InvariantCulture)) + this[Label.RatePointsSuffix]
            : Format(number);
        return value > 0m ? "+" + text : text;
    }

    /// <summary>An invariant number text (<c>1,234.5</c>) with the language's separators.</summary>
    /// <param name="invariant">The text, with <c>,</c> between thousands and <c>.</c> before decimals.</param>
    /// <exception cref="ArgumentNullException"><paramref name="invariant"/> is <c>null</c>.</exception>
    public string Localize(string invariant)
    {
        var text = new StringBuilder((invariant ?? throw new ArgumentNullException(nameof(invariant))).Length + 4);
        foreach (var c in invariant)
        {
            _ = c switch
            {
                ',' => text.Append(catalogue.GroupSeparator),
                '.' => text.Append(catalogue.DecimalSeparator),
                _ => text.Append(c),
            };
        }

        return text.ToString();
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text of a key with its <c>{name}</c> placeholders filled.</summary>
    internal string Fill(Label key, params (string Name, string Value)[] values)
    {
        var text = this[key];
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value);
        }

        return text;
    }
}
