using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using Cae.IO.Csv;
using Cae.Rules.Data;
using NodaTime;
using C = Cae.IO.Endi.EndiColumns;

namespace Cae.IO.Endi;

/// <summary>
/// Merges the rows of several enDI exports into the data contract's paths and activity rows (contract §5'), through
/// the same <see cref="CaeDatasetBuilder"/> as the contract's CSV files.
/// </summary>
/// <remarks>
/// <para>A person is one <c>ID Utilisateur</c> across the exports. The exports are ranked by the last month of their
/// columns (then by the order given): the person's path comes from the latest export that lists them, their months
/// from every export (a month two exports both give takes the later one's amount).</para>
/// <para>A person's rows are all kept or all rejected: when one of them is rejected, the others are rejected too,
/// each pointing to it, so that no path is built from part of what enDI knows of a person.</para>
/// </remarks>
internal sealed partial class EndiImporter
{
    private static readonly Money Tolerance = Money.FromEuros(1m);

    private readonly EndiMapping mapping;
    private readonly CaePolicy? policy;
    private readonly List<RejectedRow> rejected = new();
    private readonly List<InputWarning> warnings = new();
    private readonly Dictionary<string, (string Label, int Paths)> unmapped = new(System.StringComparer.Ordinal);
    private readonly List<MonthlyActivity> activity = new();

    public EndiImporter(EndiMapping mapping, CaePolicy? policy)
    {
        this.mapping = mapping;
        this.policy = policy;
    }

    /// <summary>Runs the import.</summary>
    /// <param name="exports">Each export's bytes and name, in the order given.</param>
    /// <param name="people">The people file, when given.</param>
    /// <exception cref="InputException">A file is empty or its header lacks a required column.</exception>
    public EndiImport Run(IReadOnlyList<(byte[] Bytes, string Name)> exports, (byte[] Bytes, string Name)? people)
    {
        var files = exports.Select(e => EndiExportFile.Load(e.Bytes, e.Name, warnings)).ToList();
        var peopleFile = people is { } p ? EndiPeopleFile.Load(p.Bytes, p.Name) : null;

        // Oldest export first, so that the last row of a person is the one of the latest export.
        var ranked = files.Select((f, i) => (File: f, Order: i)).OrderBy(x => x.File.LastMonth).ThenBy(x => x.Order).Select(x => x.File).ToList();
        var rowsById = new Dictionary<string, List<EndiRow>>(System.StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var file in ranked)
        {
            foreach (var row in file.Rows)
            {
                if (!rowsById.TryGetValue(row.Id, out var list))
                {
                    rowsById.Add(row.Id, list = new List<EndiRow>());
                    order.Add(row.Id);
                }

                list.Add(row);
            }
        }

        var failed = new Dictionary<string, RejectedRow>(System.StringComparer.Ordinal);
        var nameless = 0;
        foreach (var file in files)
        {
            foreach (var (row, id) in file.Rejected)
            {
                rejected.Add(row);
                if (id is null)
                {
                    nameless++;
                }
                else if (!failed.ContainsKey(id))
                {
                    failed.Add(id, row);
                }
            }
        }

        var builder = new CaeDatasetBuilder();
        var months = new List<(string Id, SortedDictionary<YearMonth, (Money Turnover, EndiRow Row)> Months)>();
        var activityRead = 0;
        foreach (var id in order)
        {
            var rows = rowsById[id];
            var personMonths = Months(rows);
            activityRead += personMonths.Count(m => m.Value.Turnover != Money.Zero);
            if (failed.TryGetValue(id, out var cause))
            {
                RejectAll(rows, cause);
                continue;
            }

            var latest = rows[rows.Count - 1];
            PathRecord path;
            try
            {
                path = Path(latest, peopleFile);
            }
            catch (CellRejection e)
            {
                var row = new RejectedRow(latest.File, latest.Line, e.Column, e.Reason);
                rejected.Add(row);
                RejectAll(rows.Take(rows.Count - 1), row);
                continue;
            }

            if (!builder.TryAddPath(path, out var refused))
            {
                rejected.Add(new RejectedRow(latest.File, latest.Line, refused.Column, refused.Reason));
                continue;
            }

            CheckEntryDates(rows);
            CheckAssembly(path, latest);
            months.Add((id, personMonths));
        }

        foreach (var unused in peopleFile?.People.Where(kv => !rowsById.ContainsKey(kv.Key)) ?? Enumerable.Empty<KeyValuePair<string, EndiPeopleFile.Person>>())
        {
            warnings.Add(new InputWarning(unused.Value.File, unused.Value.Line, C.UserId, $"'{unused.Key}' is in no export; the row is ignored"));
        }

        if (peopleFile is not null)
        {
            rejected.AddRange(peopleFile.Rejected);
        }

        var structure = new Structure(mapping.Structure);
        foreach (var (id, personMonths) in months)
        {
            foreach (var pair in personMonths)
            {
                if (pair.Value.Turnover == Money.Zero)
                {
                    continue; // an empty or zero month gives no row
                }

                var row = new MonthlyActivity(id, pair.Key, structure, null, pair.Value.Turnover, Money.Zero, null, Hours.Zero);
                if (builder.TryAddActivity(row, out var problem))
                {
                    activity.Add(row);
                }
                else
                {
                    rejected.Add(new RejectedRow(pair.Value.Row.File, pair.Value.Row.Line, MonthColumn(pair.Value.Row, pair.Key), problem.Reason));
                }
            }
        }

        // Each person is one path and each of their months one row under one structure, so the rules between rows
        // cannot refuse anything here; should they, the row is reported, never dropped.
        var dataset = builder.Build(out var clashes);
        foreach (var clash in clashes)
        {
            rejected.Add(new RejectedRow(ranked[ranked.Count - 1].Name, 0, clash.Column, clash.Reason));
        }

        return new EndiImport(
            dataset,
            activity,
            rejected,
            warnings,
            order.Union(failed.Keys, System.StringComparer.Ordinal).Count() + nameless,
            activityRead,
            unmapped.Values.Select(u => new EndiLabel(u.Label, u.Paths)).ToList(),
            new InputFile(ranked[ranked.Count - 1].Name, ranked[ranked.Count - 1].Encoding, CsvDialect.Semicolon));
    }

    private SortedDictionary<YearMonth, (Money Turnover, EndiRow Row)> Months(List<EndiRow> rows)
    {
        var result = new SortedDictionary<YearMonth, (Money Turnover, EndiRow Row)>();
        foreach (var row in rows)
        {
            var sum = Money.Zero;
            foreach (var (month, turnover) in row.Months)
            {
                sum += turnover;
                if (result.TryGetValue(month, out var earlier) && earlier.Turnover != turnover)
                {
                    warnings.Add(new InputWarning(row.File, row.Line, MonthColumn(row, month), $"{row.Who}: {Euros(turnover)} here, {Euros(earlier.Turnover)} in {earlier.Row.Where}; the latest export's amount is kept"));
                }

                result[month] = (turnover, row);
            }

            if (row.Total is { } total && (total - sum > Tolerance || sum - total > Tolerance))
            {
                warnings.Add(new InputWarning(row.File, row.Line, C.Total, $"{row.Who}: CA TOTAL {Euros(total)} differs from the sum of the months, {Euros(sum)}, by more than 1 €; the months are kept"));
            }
        }

        return result;
    }

    private static string MonthColumn(EndiRow row, YearMonth month) => row.MonthHeaders.TryGetValue(month, out var header) ? header : $"CA {month:yyyy-MM}";

    private static string Day(LocalDate date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Euros(Money amount) => amount.ToString();
}
