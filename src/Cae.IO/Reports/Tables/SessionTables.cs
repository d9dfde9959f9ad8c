using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.Rules.Indicators;
using Cae.Rules.Sessions;

namespace Cae.IO.Reports.Tables;

/// <summary>
/// The tables of <c>info_sessions</c> and <c>workshops</c> (data contract §3') as the published report lays them out:
/// the sessions and the funnel, the sessions by place, the attendees by prescriber and establishment with each
/// prescriber's joining rate, and the workshops by establishment with the project groups.
/// </summary>
internal static class SessionTables
{
    /// <summary>The tables, in the language of <paramref name="labels"/>.</summary>
    public static IReadOnlyList<ReportTable> Tables(SessionSections sections, ReportLabels labels)
    {
        var tables = new List<ReportTable>();
        if (sections.InfoSessions is { } info)
        {
            tables.Add(Summary(sections.Year, info, labels));
            if (info.SessionsByPlace.Count > 0)
            {
                var rows = info.SessionsByPlace.Select(p => Row(RowKind.Group, p.Key, p.Key, Count(p.Value))).ToList();
                rows.Add(Row(RowKind.Total, "total", labels[Label.Total], Count(info.SessionsByPlace.Values.Sum())));
                tables.Add(new ReportTable(TableId.SessionsByPlace, labels[Label.SessionsByPlace], new[] { labels[Label.Place], labels[Label.Sessions] }, rows));
            }

            if (info.AttendeesByPrescriber.Count > 0)
            {
                tables.Add(ByPrescriber(info, labels));
            }
        }

        if (sections.Workshops is { } workshops)
        {
            var rows = workshops.ByEstablishment.Select(e => Row(RowKind.Group, e.Key, e.Key, Count(e.Value))).ToList();
            rows.Add(Row(RowKind.Total, "total", labels[Label.Total], Count(workshops.Total)));
            rows.Add(Row(RowKind.Group, "project_groups", labels[Label.ProjectGroups], Count(workshops.ProjectGroups)));
            tables.Add(new ReportTable(TableId.Workshops, labels[Label.Workshops], new[] { labels[Label.Establishment], labels[Label.WorkshopCount] }, rows));
        }

        return tables;
    }

    /// <summary>The prescribers in the order of the table and chart: by decreasing attendees, <c>unknown</c> last.</summary>
    public static IReadOnlyList<string> Prescribers(InfoSessionsSection info) =>
        info.AttendeesByPrescriber.SelectMany(e => e.Value).GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key == TypologySection.Unknown ? 1 : 0).ThenByDescending(g => g.Sum(p => p.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();

    private static ReportTable Summary(int year, InfoSessionsSection info, ReportLabels labels)
    {
        var previous = info.PreviousYear;
        var columns = new List<string> { labels[Label.InfoSessions], Year(year) };
        if (previous is not null)
        {
            columns.Add(Year(year - 1));
        }

        ReportTableRow Line(string key, string label, ReportNumber value, ReportNumber? before = null) =>
            new(RowKind.Group, key, label, previous is null ? new[] { value } : new[] { value, before ?? new ReportNumber(null, value.Kind) });

        var rows = new List<ReportTableRow>
        {
            Line("sessions", labels[Label.InfoSessions], Count(info.Sessions), Count(previous?.Sessions)),
            Line("held_in_own_premises", labels[Label.HeldInOwnPremises], Count(info.HeldInOwnPremises)),
            Line("held_at_partners", labels[Label.HeldAtPartners], Count(info.HeldAtPartners)),
            Line("attendees", labels[Label.Attendees], Count(info.Attendees), Count(previous?.Attendees)),
        };
        rows.AddRange(info.AttendeesByEstablishment.Select(e => Line("attendees/" + e.Key, e.Key, Count(e.Value))));
        rows.Add(Line("joined", labels[Label.Joined], Count(info.Joined)));
        rows.Add(Line("joining_rate", labels[Label.JoiningRate], new ReportNumber(info.JoiningRate, ReportValueKind.Rate)));
        return new ReportTable(TableId.InfoSessions, labels[Label.InfoSessions], columns, rows);
    }

    private static ReportTable ByPrescriber(InfoSessionsSection info, ReportLabels labels)
    {
        var establishments = info.AttendeesByPrescriber.Keys.ToList();
        var rows = new List<ReportTableRow>();
        foreach (var prescriber in Prescribers(info))
        {
            var counts = establishments.Select(e => info.AttendeesByPrescriber[e].TryGetValue(prescriber, out var n) ? n : 0L).ToList();
            var cells = counts.Select(c => Count(c)).Append(Count(counts.Sum()))
                .Append(new ReportNumber(info.JoiningRateByPrescriber.TryGetValue(prescriber, out var rate) ? rate : null, ReportValueKind.Rate)).ToList();
            rows.Add(new ReportTableRow(RowKind.Group, prescriber, labels.TypologyValue("prescriber", prescriber), cells));
        }

        var totals = establishments.Select(e => info.AttendeesByPrescriber[e].Values.Sum()).ToList();
        rows.Add(new ReportTableRow(
            RowKind.Total,
            "total",
            labels[Label.Total],
            totals.Select(c => Count(c)).Append(Count(totals.Sum())).Append(new ReportNumber(info.JoiningRate, ReportValueKind.Rate)).ToList()));
        var columns = new[] { labels[Label.Prescriber] }.Concat(establishments).Append(labels[Label.Total]).Append(labels[Label.JoiningRate]).ToList();
        return new ReportTable(TableId.AttendeesByPrescriber, labels[Label.AttendeesByPrescriber], columns, rows);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static ReportTableRow Row(RowKind kind, string key, string label, ReportNumber value) => new(kind, key, label, new[] { value });

    private static ReportNumber Count(long? value) => new(value, ReportValueKind.Count);
}
