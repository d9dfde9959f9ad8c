using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Cae.Benchmarks.Figures;
using Cae.Cli.Synthetic;
using Cae.Domain.Paths;
using DuckDB.NET.Data;
using NodaTime;

namespace Cae.Benchmarks.Contenders;

/// <summary>
/// The annual report in SQL on an in-process DuckDB database whose tables already hold the data (loaded
/// with the appender when the contender is created, not timed).
/// </summary>
/// <remarks>
/// <para>The schema favours DuckDB: people are keyed by an integer, amounts are BIGINT cents and hours INTEGER
/// hundredths (no DECIMAL arithmetic), months and dates are DATE; names stay VARCHAR, which DuckDB
/// dictionary-compresses. The reporting units of the policy are a small table joined as the contract says
/// (the unit of the structure and establishment, else of the structure, else the structure's name).</para>
/// <para><see cref="Compute"/> runs four queries: one scan of the paths for flows, exits and durations; one
/// for the typology with grouping sets; two over the activity joined to the paths, one summing by unit ×
/// structure × establishment × associate and one counting distinct people by unit and by structure (this
/// split ran about a third faster than a single query with three grouping sets). The few hundred aggregate
/// rows become figures here; rates and averages are rounded like the library's report. DuckDB runs its
/// queries on all cores.</para>
/// </remarks>
public sealed class DuckDbReport : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly int year;
    private readonly decimal fteHours;
    private readonly ExitCategorySet positiveExits;
    private readonly ExitCategorySet perennialExits;
    private readonly string pathsSql;
    private readonly string typologySql;
    private readonly string sumsSql;
    private readonly string distinctSql;

    /// <summary>Opens an in-memory database and loads the data into it.</summary>
    /// <param name="data">The population.</param>
    public DuckDbReport(BenchmarkData data)
        : this(data, null)
    {
    }

    /// <summary>Opens an in-memory database and loads the population's data or, when given, its contract CSV files.</summary>
    /// <param name="data">The population.</param>
    /// <param name="directory">The directory of <c>paths.csv</c> and <c>activity.csv</c>, or <c>null</c> to load the objects.</param>
    private DuckDbReport(BenchmarkData data, string? directory)
    {
        ArgumentNullException.ThrowIfNull(data);
        year = data.Year;
        fteHours = data.Policy.FteAnnualHours.ValueOn(new LocalDate(year, 1, 1)).Value;
        positiveExits = data.Policy.PositiveExits;
        perennialExits = data.Policy.PerennialExits;
        connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        if (directory is null)
        {
            Load(data);
        }
        else
        {
            LoadFiles(directory);
            LoadUnits(data);
        }

        var jan1 = $"DATE '{year.ToString("D4", CultureInfo.InvariantCulture)}-01-01'";
        var dec31 = $"DATE '{year.ToString("D4", CultureInfo.InvariantCulture)}-12-31'";

        // Completed months from entry to exit, as NodaTime's Period.Between: calendar months, less one when
        // adding them to the entry date (clamped to the month's end) passes the exit date.
        const string Months = "(date_diff('month', entry_date, exit_date) - CASE WHEN entry_date + to_months(date_diff('month', entry_date, exit_date)) > exit_date THEN 1 ELSE 0 END)";
        pathsSql = $"""
            SELECT establishment, structure, exit_category,
                   count(*) FILTER (WHERE entry_date < {jan1} AND (exit_date IS NULL OR exit_date >= {jan1})) AS present_start,
                   count(*) FILTER (WHERE entry_date BETWEEN {jan1} AND {dec31}) AS entries,
                   count(*) FILTER (WHERE exit_date BETWEEN {jan1} AND {dec31}) AS exits,
                   coalesce(sum({Months}) FILTER (WHERE exit_date BETWEEN {jan1} AND {dec31}), 0)::BIGINT AS exit_months,
                   count(*) FILTER (WHERE gender = 'F' AND entry_date <= {dec31} AND (exit_date IS NULL OR exit_date >= {jan1})) AS women,
                   count(*) FILTER (WHERE gender = 'M' AND entry_date <= {dec31} AND (exit_date IS NULL OR exit_date >= {jan1})) AS men
            FROM paths
            GROUP BY establishment, structure, exit_category
            """;
        typologySql = $"""
            SELECT grouping(qualification, status_at_entry, income_at_entry, prescriber, residence_area) AS set_id,
                   coalesce(qualification, status_at_entry, income_at_entry, prescriber, residence_area) AS value,
                   count(*) AS people
            FROM (SELECT coalesce(qualification, 'unknown') AS qualification, coalesce(status_at_entry, 'unknown') AS status_at_entry,
                         coalesce(income_at_entry, 'unknown') AS income_at_entry, coalesce(prescriber, 'unknown') AS prescriber,
                         coalesce(residence_area, 'unknown') AS residence_area
                  FROM paths
                  WHERE entry_date <= {dec31} AND (exit_date IS NULL OR exit_date >= {jan1}))
            GROUP BY GROUPING SETS ((qualification), (status_at_entry), (income_at_entry), (prescriber), (residence_area))
            """;
        const string UnitRows = """
            unit_rows AS (
                SELECT r.*, coalesce(u1.label, u2.label, r.structure) AS unit
                FROM rows r
                LEFT JOIN reporting_units u1 ON u1.structure = r.structure AND u1.establishment = r.establishment
                LEFT JOIN reporting_units u2 ON u2.structure = r.structure AND u2.establishment IS NULL)
            """;
        var rows = $"""
            WITH rows AS (
                SELECT a.person, a.structure, coalesce(a.establishment, p.establishment) AS establishment,
                       coalesce(p.associate_date <= last_day(a.month), false) AS associate,
                       a.turnover, a.contribution, a.salary_hours
                FROM activity a JOIN paths p ON p.person = a.person
                WHERE a.month BETWEEN {jan1} AND {dec31}),
            {UnitRows}
            """;
        sumsSql = $"""
            {rows}
            SELECT unit, structure, establishment, associate,
                   sum(turnover)::BIGINT AS turnover, sum(contribution)::BIGINT AS contribution, sum(salary_hours)::BIGINT AS salary_hours
            FROM unit_rows
            GROUP BY unit, structure, establishment, associate
            """;
        distinctSql = $"""
            {rows}
            SELECT grouping(unit, structure) AS set_id, unit, structure,
                   count(DISTINCT person) FILTER (WHERE NOT associate AND salary_hours > 0) AS salaried_accompanied,
                   count(DISTINCT person) FILTER (WHERE associate) AS associates_count
            FROM unit_rows
            GROUP BY GROUPING SETS ((unit), (structure))
            """;
    }

    /// <summary>
    /// Opens an in-memory database and loads the contract CSV files with <c>read_csv</c> into the same typed tables
    /// (the person key numbered, months as DATE, amounts as BIGINT cents); the reporting units come from the policy.
    /// </summary>
    /// <param name="data">The population the files were written from (its year and policy).</param>
    /// <param name="directory">The directory of <c>paths.csv</c> and <c>activity.csv</c>.</param>
    public static DuckDbReport FromFiles(BenchmarkData data, string directory) => new(data, directory);

    /// <summary>Computes the report's figures with SQL.</summary>
    public ReportFigures Compute()
    {
        var f = new ReportFigures();
        PathFigures(f);
        TypologyFigures(f);
        ActivityFigures(f);
        return f;
    }

    /// <inheritdoc />
    public void Dispose() => connection.Dispose();

    private void PathFigures(ReportFigures f)
    {
        var flows = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        var exits = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        var months = new long[ExitCategory.Count];
        long women = 0, men = 0;
        void Add(SortedDictionary<string, long[]> table, string key, int size, int index, long value)
        {
            if (!table.TryGetValue(key, out var counts))
            {
                table.Add(key, counts = new long[size]);
            }

            counts[index] += value;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = pathsSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var establishment = reader.GetString(0);
                var structure = reader.GetString(1);
                var category = reader.IsDBNull(2) ? -1 : ExitCategory.Parse(reader.GetString(2)).Value;
                var presentStart = reader.GetInt64(3);
                var entries = reader.GetInt64(4);
                var exitCount = reader.GetInt64(5);
                foreach (var key in new[] { "total", $"by_establishment/{establishment}", $"by_structure/{structure}", $"by_structure_and_establishment/{structure}/{establishment}" })
                {
                    Add(flows, key, 3, 0, presentStart);
                    Add(flows, key, 3, 1, entries);
                    Add(flows, key, 3, 2, exitCount);
                }

                foreach (var key in new[] { "total", $"by_establishment/{establishment}", $"by_structure/{structure}" })
                {
                    Add(exits, key, ExitCategory.Count, 0, 0);
                    if (category >= 0)
                    {
                        Add(exits, key, ExitCategory.Count, category, exitCount);
                    }
                }

                if (category >= 0)
                {
                    months[category] += reader.GetInt64(6);
                }

                women += reader.GetInt64(7);
                men += reader.GetInt64(8);
            }
        }

        foreach (var (key, c) in flows)
        {
            f.Flow("flows/" + key, c[0], c[1], c[2]);
        }

        foreach (var (key, c) in exits)
        {
            f.ExitCounts("exits/" + key, c);
        }

        var total = exits["total"];
        long all = 0, positive = 0, perennial = 0, allMonths = 0;
        for (var c = 0; c < ExitCategory.Count; c++)
        {
            all += total[c];
            allMonths += months[c];
            positive += positiveExits.ContainsValue(c) ? total[c] : 0;
            perennial += perennialExits.ContainsValue(c) ? total[c] : 0;
            if (total[c] > 0)
            {
                f.Average($"path_duration_months/by_category/{ExitCategory.FromValue(c).Code}", months[c], total[c]);
            }
        }

        f.Set("exits/positive", positive);
        f.Set("exits/perennial", perennial);
        f.Rate("exits/positive_rate", positive, all);
        f.Rate("exits/perennial_rate", perennial, all);
        f.Average("path_duration_months/average", allMonths, all);
        f.Rate("typology/women_share", women, women + men);
    }

    private void TypologyFigures(ReportFigures f)
    {
        using var command = connection.CreateCommand();
        command.CommandText = typologySql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // grouping() sets a bit for each column left out, the first column being the highest bit.
            var name = reader.GetInt64(0) switch
            {
                0b01111 => "by_qualification",
                0b10111 => "by_status_at_entry",
                0b11011 => "by_income_at_entry",
                0b11101 => "by_prescriber",
                _ => "by_residence_area",
            };
            f.Set($"typology/{name}/{reader.GetString(1)}", reader.GetInt64(2));
        }
    }

    private void ActivityFigures(ReportFigures f)
    {
        // Sums by unit × structure × establishment × associate, rolled up here (a few dozen rows).
        var units = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        var structures = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        var establishments = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var cells = new SortedDictionary<string, long>(StringComparer.Ordinal);
        long associates = 0, accompanied = 0, contributions = 0;
        static long[] Of(SortedDictionary<string, long[]> table, string key)
        {
            if (!table.TryGetValue(key, out var sums))
            {
                table.Add(key, sums = new long[5]);
            }

            return sums;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = sumsSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var structure = reader.GetString(1);
                var establishment = reader.GetString(2);
                var associate = reader.GetBoolean(3);
                var turnover = reader.GetInt64(4);
                var contribution = reader.GetInt64(5);
                var hours = associate ? 0 : reader.GetInt64(6);
                foreach (var sums in new[] { Of(units, reader.GetString(0)), Of(structures, structure) })
                {
                    sums[associate ? 0 : 1] += turnover;
                    sums[2] += hours;
                    sums[3] += contribution;
                    sums[4] += associate ? contribution : 0;
                }

                (associate ? ref associates : ref accompanied) += turnover;
                contributions += contribution;
                establishments[establishment] = establishments.GetValueOrDefault(establishment) + contribution;
                var cell = $"{structure}/{establishment}";
                cells[cell] = cells.GetValueOrDefault(cell) + contribution;
            }
        }

        // Distinct people by unit and by structure.
        long salaried = 0, hoursTotal = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = distinctSql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var byUnit = reader.GetInt64(0) == 0b01;
                var name = reader.GetString(byUnit ? 1 : 2);
                var sums = byUnit ? units[name] : structures[name];
                var salariedAccompanied = reader.GetInt64(3);
                f.UnitTurnover($"turnover/{(byUnit ? "by_unit" : "by_structure")}/{name}", sums[0], sums[1], salariedAccompanied, reader.GetInt64(4));
                if (byUnit)
                {
                    f.UnitSalary($"salary/by_unit/{name}", salariedAccompanied, sums[2], fteHours);
                    salaried += salariedAccompanied;
                    hoursTotal += sums[2];
                }
            }
        }

        f.Cents("turnover/total", associates + accompanied);
        f.Cents("turnover/associates", associates);
        f.Cents("turnover/accompanied", accompanied);
        f.UnitSalary("salary/total", salaried, hoursTotal, fteHours);
        f.Cents("contributions/total", contributions);
        foreach (var (structure, sums) in structures)
        {
            f.Cents($"contributions/by_structure/{structure}", sums[3]);
            f.Rate($"contributions/associates_share_by_structure/{structure}", sums[4], sums[3]);
        }

        foreach (var (establishment, c) in establishments)
        {
            f.Cents($"contributions/by_establishment/{establishment}", c);
        }

        foreach (var (cell, c) in cells)
        {
            f.Cents($"contributions/by_structure_and_establishment/{cell}", c);
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Load(BenchmarkData data)
    {
        Execute("""
            CREATE TABLE paths (person INTEGER NOT NULL, establishment VARCHAR NOT NULL, structure VARCHAR NOT NULL,
                                entry_date DATE NOT NULL, exit_date DATE, exit_category VARCHAR, associate_date DATE, gender VARCHAR,
                                qualification VARCHAR, status_at_entry VARCHAR, income_at_entry VARCHAR, prescriber VARCHAR, residence_area VARCHAR);
            CREATE TABLE activity (person INTEGER NOT NULL, month DATE NOT NULL, structure VARCHAR NOT NULL, establishment VARCHAR,
                                   turnover BIGINT NOT NULL, contribution BIGINT NOT NULL, salary_hours INTEGER NOT NULL);
            CREATE TABLE reporting_units (structure VARCHAR NOT NULL, establishment VARCHAR, label VARCHAR NOT NULL);
            """);
        var person = new Dictionary<string, int>(data.Paths.Count, StringComparer.Ordinal);
        using (var appender = connection.CreateAppender("paths"))
        {
            for (var i = 0; i < data.Paths.Count; i++)
            {
                var p = data.Paths[i];
                person.Add(p.EntrepreneurId, i);
                var t = p.Typology;
                appender.CreateRow()
                    .AppendValue(i)
                    .AppendValue(p.Establishment.Name)
                    .AppendValue(p.Structure.Name)
                    .AppendValue(p.EntryDate.ToDateOnly())
                    .AppendValue(p.ExitDate?.ToDateOnly())
                    .AppendValue(p.ExitCategory?.Code)
                    .AppendValue(p.AssociateDate?.ToDateOnly())
                    .AppendValue(t.Gender switch { Gender.Female => "F", Gender.Male => "M", _ => null })
                    .AppendValue(Typology(t.Qualification))
                    .AppendValue(Typology(t.StatusAtEntry))
                    .AppendValue(Typology(t.IncomeAtEntry))
                    .AppendValue(Typology(t.Prescriber))
                    .AppendValue(Typology(t.ResidenceArea))
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("activity"))
        {
            foreach (var a in data.Activity)
            {
                appender.CreateRow()
                    .AppendValue(person[a.EntrepreneurId])
                    .AppendValue(new DateOnly(a.Month.Year, a.Month.Month, 1))
                    .AppendValue(a.Structure.Name)
                    .AppendValue(a.Establishment?.Name)
                    .AppendValue(a.Turnover.Cents)
                    .AppendValue(a.Contribution?.Cents ?? 0)
                    .AppendValue((int)a.SalaryHours.Hundredths)
                    .EndRow();
            }
        }

        LoadUnits(data);
    }

    private void LoadFiles(string directory)
    {
        var paths = Path.Combine(directory, PopulationGenerator.PathsFile).Replace("'", "''", StringComparison.Ordinal);
        var activity = Path.Combine(directory, PopulationGenerator.ActivityFile).Replace("'", "''", StringComparison.Ordinal);
        Execute($"""
            CREATE TABLE paths AS
            SELECT (row_number() OVER () - 1)::INTEGER AS person, entrepreneur_id, establishment, structure, entry_date, exit_date,
                   exit_category, associate_date, gender, qualification, status_at_entry, income_at_entry, prescriber, residence_area
            FROM read_csv('{paths}', header = true, delim = ',', columns = {'{'}
                'entrepreneur_id': 'VARCHAR', 'establishment': 'VARCHAR', 'structure': 'VARCHAR', 'entry_date': 'DATE',
                'cesa_date': 'DATE', 'associate_application_date': 'DATE', 'associate_date': 'DATE', 'exit_date': 'DATE',
                'exit_category': 'VARCHAR', 'gender': 'VARCHAR', 'birth_date': 'DATE', 'residence_area': 'VARCHAR',
                'qualification': 'VARCHAR', 'status_at_entry': 'VARCHAR', 'income_at_entry': 'VARCHAR', 'prescriber': 'VARCHAR'{'}'});
            CREATE TABLE activity AS
            SELECT p.person, CAST(a.month || '-01' AS DATE) AS month, a.structure, a.establishment,
                   CAST(a.turnover * 100 AS BIGINT) AS turnover, CAST(coalesce(a.contribution, 0) * 100 AS BIGINT) AS contribution,
                   CAST(coalesce(a.salary_hours, 0) * 100 AS INTEGER) AS salary_hours
            FROM read_csv('{activity}', header = true, delim = ',', columns = {'{'}
                'entrepreneur_id': 'VARCHAR', 'month': 'VARCHAR', 'structure': 'VARCHAR', 'establishment': 'VARCHAR',
                'turnover': 'DECIMAL(18,2)', 'purchases': 'DECIMAL(18,2)', 'contribution': 'DECIMAL(18,2)', 'salary_hours': 'DECIMAL(9,2)'{'}'}) a
            JOIN paths p USING (entrepreneur_id);
            CREATE TABLE reporting_units (structure VARCHAR NOT NULL, establishment VARCHAR, label VARCHAR NOT NULL);
            """);
    }

    private void LoadUnits(BenchmarkData data)
    {
        using (var appender = connection.CreateAppender("reporting_units"))
        {
            foreach (var unit in data.Policy.ReportingUnits.Units)
            {
                appender.CreateRow().AppendValue(unit.Structure.Name).AppendValue(unit.Establishment?.Name).AppendValue(unit.Label).EndRow();
            }
        }
    }

    private static string? Typology(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
