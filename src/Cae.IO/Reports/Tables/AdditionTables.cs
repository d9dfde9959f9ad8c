using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.Rules.Indicators;
using Cae.Rules.Indicators.Additions;

namespace Cae.IO.Reports.Tables;

/// <summary>
/// The tables of the report additions (data contract §3') as the published report lays them out: the origin of
/// the accompanied people by residence area × structure (structures by decreasing accompanied), one table per establishment; the people with an
/// activity under each structure; the turnover by year of support.
/// </summary>
internal static class AdditionTables
{
    /// <summary>The tables, in the language of <paramref name="labels"/>, those of the information sessions and workshops first (<see cref="SessionTables"/>) unless <paramref name="withSessions"/> is false.</summary>
    public static IReadOnlyList<ReportTable> Tables(ReportAdditions additions, ReportLabels labels, bool withSessions = true)
    {
        var french = labels.Language == "fr";
        var tables = new List<ReportTable>();
        if (withSessions && additions.Sessions is { } sessions)
        {
            tables.AddRange(SessionTables.Tables(sessions, labels));
        }

        var structures = additions.TypologyByEstablishmentAndStructure["residence_area"]
            .SelectMany(e => e.Value).GroupBy(s => s.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(s => s.Value.Values.Sum())).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        foreach (var pair in additions.TypologyByEstablishmentAndStructure["residence_area"])
        {
            var establishment = pair.Key;
            var byStructure = pair.Value;
            var values = byStructure.SelectMany(s => s.Value.Keys).Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
            var rows = values.Select(v => Row(RowKind.Group, v, structures.Select(s => byStructure.TryGetValue(s, out var c) && c.TryGetValue(v, out var n) ? n : 0L).ToList())).ToList();
            rows.Add(Row(RowKind.Total, "Total", structures.Select(s => byStructure.TryGetValue(s, out var c) ? c.Values.Sum() : 0L).ToList()));
            tables.Add(new ReportTable(
                TableId.OriginByEstablishment,
                (french ? "Origine géographique des accompagnés : " : "Where the accompanied people live: ") + establishment,
                new[] { french ? "Lieu de résidence" : "Residence area" }.Concat(structures).Append("Total").ToList(),
                rows));
        }

        tables.Add(new ReportTable(
            TableId.PeopleWithActivityByStructure,
            french ? "Entrepreneurs accompagnés ayant une activité dans chaque structure" : "Accompanied entrepreneurs with an activity under each structure",
            new[] { french ? "Structure" : "Structure", french ? "Entrepreneurs" : "Entrepreneurs" },
            additions.PeopleWithActivityByStructure.Select(s => new ReportTableRow(RowKind.Group, s.Key, s.Key, new[] { Count(s.Value) })).ToList()));
        tables.Add(new ReportTable(
            TableId.TurnoverBySupportYear,
            french ? "Chiffre d'affaires des accompagnés par année d'accompagnement" : "Turnover of the accompanied by year of support",
            french
                ? new[] { "Année d'accompagnement", "Entrepreneurs", "Mois d'activité", "Chiffre d'affaires (€)", "Moyenne annualisée (€)" }
                : new[] { "Year of support", "Entrepreneurs", "Months of activity", "Turnover (€)", "Annualised average (€)" },
            additions.TurnoverBySupportYear.Select(k => new ReportTableRow(
                RowKind.Group,
                k.Key.ToString(CultureInfo.InvariantCulture),
                Ordinal(k.Key, french),
                new[] { Count(k.Value.People), Count(k.Value.PersonMonths), new ReportNumber(k.Value.Total.Euros, ReportValueKind.Amount), new ReportNumber(k.Value.AnnualisedAverage, ReportValueKind.Amount) })).ToList()));
        return tables;
    }

    private static string Ordinal(int k, bool french) => french
        ? (k == 1 ? "1re année" : k.ToString(CultureInfo.InvariantCulture) + "e année")
        : k switch { 1 => "1st year", 2 => "2nd year", 3 => "3rd year", _ => k.ToString(CultureInfo.InvariantCulture) + "th year" };

    private static ReportTableRow Row(RowKind kind, string label, IReadOnlyList<long> counts) =>
        new(kind, label, label, counts.Select(Count).Append(Count(counts.Sum())).ToList());

    private static ReportNumber Count(long value) => new(value, ReportValueKind.Count);
}
