using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Cae.IO.Reports.Labels;
using Cae.IO.Reports.Tables;
using Cae.Rules.Indicators;
using Cae.Rules.WhatIf;

namespace Cae.IO.Reports.Markdown;

/// <summary>
/// Writes a what-if or a sweep for people as Markdown (<c>cae whatif --format md</c>), in the labels' language
/// (French by default): the key figures of <see cref="KeyFigures.All"/>, the admissions that move and every
/// figure that changes, as tables of indicator | baseline | scenario | delta; a sweep as one row per run.
/// </summary>
public static class WhatIfMarkdownWriter
{
    /// <summary>Writes a what-if.</summary>
    /// <param name="result">The what-if.</param>
    /// <param name="scenarioFile">The scenario file, named in the text (its file name only).</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(WhatIfResult result, string scenarioFile, ReportLabels labels, TextWriter output)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(scenarioFile, nameof(scenarioFile));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(output, nameof(output));
        output.Write("# " + MarkdownText.Escape(labels[Label.WhatIfHeading].Replace("{scenario}", result.Name).Replace("{year}", Year(result.Year))) + "\n\n");
        output.Write(labels[Label.ScenarioFile].Replace("{file}", Path.GetFileName(scenarioFile).Replace("`", "'")));
        output.Write(labels[Label.WhatIfMethod] + "\n");
        Table(output, WhatIfTables.KeyFigureTable(result, labels), labels);
        if (result.AdmissionChanges.Count > 0)
        {
            output.Write("\n## " + labels[Label.AdmissionsThatMove] + "\n\n");
            output.Write("| " + string.Join(" | ", new[] { Label.Person, Label.Application, Label.Baseline, Label.Scenario, Label.MonthsEarlier }.Select(l => labels[l])) + " |\n| --- | --- | --- | --- | ---: |\n");
            foreach (var change in result.AdmissionChanges)
            {
                MarkdownTable.Row(output, new[] { change.EntrepreneurId, Date(change.Application), Date(change.Baseline), Date(change.Scenario), change.MonthsEarlier is { } m ? m.ToString(CultureInfo.InvariantCulture) : "–" });
            }
        }

        var changes = WhatIfTables.Changes(result, labels);
        if (changes.Rows.Count == 0)
        {
            output.Write("\n## " + changes.Title + "\n\n" + labels[Label.NoFigureChanges] + "\n");
        }
        else
        {
            Table(output, changes, labels);
        }
    }

    /// <summary>Writes a sweep: one row per run, the parameters then the indicators.</summary>
    /// <param name="result">The sweep.</param>
    /// <param name="labels">The language.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(SweepResult result, ReportLabels labels, TextWriter output)
    {
        Guard.NotNull(result, nameof(result));
        Guard.NotNull(labels, nameof(labels));
        Guard.NotNull(output, nameof(output));
        output.Write("# " + labels[Label.SweepHeading].Replace("{year}", Year(result.Year)) + "\n\n");
        output.Write(result.Scenario == Scenario.Identity.Name
            ? labels[Label.OverBaseline]
            : MarkdownText.Escape(labels[Label.OverScenario].Replace("{scenario}", result.Scenario)));
        output.Write(" " + labels[Label.SweepRuns].Replace("{count}", result.Rows.Count.ToString(CultureInfo.InvariantCulture)) + "\n\n");
        var columns = result.Axes.Concat(result.Indicators).ToArray();
        MarkdownTable.Row(output, columns);
        output.Write("|" + string.Concat(columns.Select(_ => " ---: |")) + "\n");
        foreach (var row in result.Rows)
        {
            MarkdownTable.Row(output, row.Parameters.Select(p => labels.Localize(p.ToString(CultureInfo.InvariantCulture)))
                .Concat(row.Values.Select((v, i) => labels.Format(new ReportNumber(v, result.Kinds[i]))))
                .ToList());
        }
    }

    private static void Table(TextWriter output, ReportTable table, ReportLabels labels)
    {
        output.Write("\n## " + MarkdownText.Escape(table.Title) + "\n\n");
        MarkdownTable.Write(output, table, (column, number) => column == 2 ? labels.FormatDelta(number) : labels.Format(number));
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string Date(NodaTime.LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "–";
}
