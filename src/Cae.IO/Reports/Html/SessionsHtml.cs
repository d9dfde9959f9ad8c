using System.Collections.Generic;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;
using Cae.Rules.Sessions;

namespace Cae.IO.Reports.Html;

/// <summary>
/// The page's section of the information sessions and workshops, as the published report opens: key figures (sessions,
/// people received, joining rate), the sessions by place, the attendees by prescriber as a bar chart per establishment
/// with its table, and the workshops.
/// </summary>
internal static class SessionsHtml
{
    /// <summary>Writes the section.</summary>
    public static void Write(HtmlPage page, SessionSections sections)
    {
        var labels = page.Labels;
        page.Section("info-sessions", labels[Label.InfoSessionsSection]);
        var tables = SessionTables.Tables(sections, labels).ToDictionary(t => t.Id);
        if (sections.InfoSessions is { } info)
        {
            var previous = info.PreviousYear;
            var figures = new List<KeyFigure>();
            if (info.Sessions is { } sessions)
            {
                figures.Add(new KeyFigure(labels.Format(Count(sessions)), labels[Label.InfoSessions], previous?.Sessions is { } s ? labels.PreviousYearValue(sections.Year - 1, labels.Format(Count(s))) : null));
            }

            figures.Add(new KeyFigure(labels.Format(Count(info.Attendees)), labels[Label.Attendees], previous is null ? null : labels.PreviousYearValue(sections.Year - 1, labels.Format(Count(previous.Attendees))), Highlight: true));
            if (info.JoiningRate is { } rate)
            {
                figures.Add(new KeyFigure(labels.Format(new ReportNumber(rate, ReportValueKind.Rate)), labels[Label.JoiningRate]));
            }

            page.Tiles(figures);
            page.Table(tables[TableId.InfoSessions]);
            if (tables.TryGetValue(TableId.SessionsByPlace, out var byPlace))
            {
                page.Table(byPlace);
            }

            if (tables.TryGetValue(TableId.AttendeesByPrescriber, out var byPrescriber))
            {
                var prescribers = SessionTables.Prescribers(info);
                var series = info.AttendeesByPrescriber
                    .Select(e => new ChartSeries(e.Key, prescribers.Select(p => (decimal?)(e.Value.TryGetValue(p, out var n) ? n : 0L)).ToList()))
                    .ToList();
                var options = new ChartOptions(page.NextChartId(), labels[Label.AttendeesByPrescriber], labels[Label.People], labels[Label.Prescriber], v => labels.Format(new ReportNumber(v, ReportValueKind.Count)));
                page.Chart(labels[Label.AttendeesByPrescriber], BarChart.Render(prescribers.Select(p => labels.TypologyValue("prescriber", p)).ToList(), series, options));
                page.Table(byPrescriber);
            }
        }

        if (tables.TryGetValue(TableId.Workshops, out var workshops))
        {
            page.Table(workshops);
        }
    }

    private static ReportNumber Count(long value) => new(value, ReportValueKind.Count);
}
