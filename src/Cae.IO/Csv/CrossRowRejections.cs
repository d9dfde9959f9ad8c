using System;
using System.Collections.Generic;
using Cae.Rules.Data;

namespace Cae.IO.Csv;

/// <summary>
/// Turns the rows the dataset builder left out (rules between rows) into rejected rows with their file and line,
/// drops the warnings of those rows, and gives each kept person the line of its path row.
/// </summary>
internal sealed class CrossRowRejections
{
    private readonly PathsLoad paths;
    private readonly ActivityLoad activity;
    private readonly int pathCount;

    public CrossRowRejections(PathsLoad paths, ActivityLoad activity, int pathCount)
    {
        this.paths = paths;
        this.activity = activity;
        this.pathCount = pathCount;
    }

    /// <summary>The line of each person's path row, by person index of the dataset.</summary>
    public int[] PersonLines { get; private set; } = Array.Empty<int>();

    public void Add(IReadOnlyList<BuildRejection> rejections, LoadDiagnostics pathsDiagnostics, LoadDiagnostics activityDiagnostics)
    {
        var droppedPaths = new HashSet<int>();
        var pathLines = new HashSet<int>();
        var activityLines = new HashSet<int>();
        foreach (var r in rejections)
        {
            switch (r.Rule)
            {
                case BuildRule.RepeatedPerson:
                    var line = paths.Lines.LineOf(r.Index);
                    droppedPaths.Add(r.Index);
                    pathLines.Add(line);
                    pathsDiagnostics.Rejected.Add(new RejectedRow(paths.File, line, r.Column, FormattableString.Invariant($"{r.Reason} (line {paths.Lines.LineOf(r.KeptIndex)}); the first row is kept")));
                    break;
                case BuildRule.UnknownPerson:
                    var at = activity.Lines.LineOf(r.Index);
                    activityLines.Add(at);
                    var rejectedAt = paths.RejectedLineOf(r.EntrepreneurId);
                    var reason = rejectedAt > 0
                        ? FormattableString.Invariant($"the path row of '{CellText.Quote(r.EntrepreneurId)}' was rejected ({paths.File}:{rejectedAt})")
                        : $"entrepreneur_id '{CellText.Quote(r.EntrepreneurId)}' is not in paths.csv";
                    activityDiagnostics.Rejected.Add(new RejectedRow(activity.File, at, r.Column, reason));
                    break;
                default:
                    var row = activity.Lines.LineOf(r.Index);
                    activityLines.Add(row);
                    activityDiagnostics.Rejected.Add(new RejectedRow(activity.File, row, r.Column, r.Reason));
                    break;
            }
        }

        if (rejections.Count > 0)
        {
            Sort(pathsDiagnostics.Rejected);
            Sort(activityDiagnostics.Rejected);
            pathsDiagnostics.Warnings.RemoveAll(w => w.Line > 1 && pathLines.Contains(w.Line));
            activityDiagnostics.Warnings.RemoveAll(w => w.Line > 1 && activityLines.Contains(w.Line));
        }

        var lines = new int[pathCount - droppedPaths.Count];
        var person = 0;
        for (var i = 0; i < pathCount; i++)
        {
            if (!droppedPaths.Contains(i))
            {
                lines[person++] = paths.Lines.LineOf(i);
            }
        }

        PersonLines = lines;
    }

    /// <summary>Sorts by line, keeping the order of rows of one line (a stable sort).</summary>
    private static void Sort(List<RejectedRow> rows)
    {
        var indexed = new List<(RejectedRow Row, int Order)>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            indexed.Add((rows[i], i));
        }

        indexed.Sort((a, b) => a.Row.Line != b.Row.Line ? a.Row.Line.CompareTo(b.Row.Line) : a.Order.CompareTo(b.Order));
        rows.Clear();
        foreach (var (row, _) in indexed)
        {
            rows.Add(row);
        }
    }
}
