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
            var rows = values.Select(v => Row(RowKind.Group, v, v, structures.Select(s => byStructure.TryGetValue(s, out var c) && c.TryGetValue(v, out var n) ? n : 0L).ToList())).ToList();
            rows.Add(Row(RowKind.Total, "Total", labels[Label.Total], structures.Select(s => byStructure.TryGetValue(s, out var c) ? c.Values.Sum() : 0L).ToList()));
            tables.Add(new ReportTable(
                TableId.OriginByEstablishment,
                labels.Fill(Label.OriginByEstablishment, ("establishment", establishment)),
                new[] { labels[Label.ResidenceArea] }.Concat(structures).Append(labels[Label.Total]).ToList(),
                rows));
        }

        tables.Add(new ReportTable(
            TableId.PeopleWithActivityByStructure,
            labels[Label.PeopleWithActivityByStructure],
            new[] { labels[Label.Structure], labels[Label.Entrepreneurs] },
            additions.PeopleWithActivityByStructure.Select(s => new ReportTableRow(RowKind.Group, s.Key, s.Key, new[] { Count(s.Value) })).ToList()));
        tables.Add(new ReportTable(
            TableId.TurnoverBySupportYear,
            labels[Label.TurnoverBySupportYear],
            new[] { Label.SupportYear, Label.Entrepreneurs, Label.MonthsOfActivity, Label.TurnoverEuros, Label.AnnualisedAverage }.Select(l => labels[l]).ToList(),
            additions.TurnoverBySupportYear.Select(k => new ReportTableRow(
                RowKind.Group,
                k.Key.ToString(CultureInfo.InvariantCulture),
                Ordinal(k.Key, labels),
                new[] { Count(k.Value.People), Count(k.Value.PersonMonths), new ReportNumber(k.Value.Total.Euros, ReportValueKind.Amount), new ReportNumber(k.Value.AnnualisedAverage, ReportValueKind.Amount) })).ToList()));
        return tables;
    }

    private static string Ordinal(int k, ReportLabels labels) => k switch
    {
        1 => labels[Label.SupportYearFirst],
        2 => labels[Label.SupportYearSecond],
        3 => labels[Label.SupportYearThird],
        _ => labels.Fill(Label.SupportYearNth, ("k", k.ToString(CultureInfo.InvariantCulture))),
    };

    private static ReportTableRow Row(RowKind kind, string key, string label, IReadOnlyList<long> counts) =>
        new(kind, key, label, counts.Select(Count).Append(Count(counts.Sum())).ToList());

    private static ReportNumber Count(long value) => new(value, ReportValueKind.Count);
}
