using System;
using System.IO;
using Cae.IO;
using Cae.Cli.Synthetic;
using DuckDB.NET.Data;

namespace Cae.Benchmarks.Loading;

/// <summary>
/// The two ways of loading the contract's CSV files that are compared: the library's loader (every cell
/// checked against the contract, rows rejected with their reason) and DuckDB's <c>read_csv</c> into tables
/// with the contract's types (exact DECIMAL amounts, DATE dates), in a fresh in-memory database.
/// </summary>
public static class CsvLoaders
{
    /// <summary>Loads both files with the library's loader into a dataset; returns the number of accepted rows.</summary>
    /// <param name="directory">The directory holding <c>paths.csv</c> and <c>activity.csv</c>.</param>
    /// <exception cref="InvalidOperationException">A generated row was rejected.</exception>
    public static long LoadWithLibrary(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var result = ContractCsv.Load(Path.Combine(directory, PopulationGenerator.PathsFile), Path.Combine(directory, PopulationGenerator.ActivityFile));
        if (result.HasRejectedRows)
        {
            throw new InvalidOperationException($"The loader rejected {result.Rejections.Count} generated rows, the first: {result.Rejections[0]}");
        }

        return (long)result.PathsAccepted + result.ActivityAccepted;
    }

    /// <summary>Loads both files with DuckDB's <c>read_csv</c>; returns the number of rows loaded.</summary>
    /// <param name="directory">The directory holding <c>paths.csv</c> and <c>activity.csv</c>.</param>
    public static long LoadWithDuckDb(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var paths = Path.Combine(directory, PopulationGenerator.PathsFile).Replace("'", "''", StringComparison.Ordinal);
        var activity = Path.Combine(directory, PopulationGenerator.ActivityFile).Replace("'", "''", StringComparison.Ordinal);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE paths AS SELECT * FROM read_csv('{paths}', header = true, delim = ',', columns = {'{'}
                'entrepreneur_id': 'VARCHAR', 'establishment': 'VARCHAR', 'structure': 'VARCHAR', 'entry_date': 'DATE',
                'cesa_date': 'DATE', 'associate_application_date': 'DATE', 'associate_date': 'DATE', 'exit_date': 'DATE',
                'exit_category': 'VARCHAR', 'gender': 'VARCHAR', 'birth_date': 'DATE', 'residence_area': 'VARCHAR',
                'qualification': 'VARCHAR', 'status_at_entry': 'VARCHAR', 'income_at_entry': 'VARCHAR', 'prescriber': 'VARCHAR'{'}'});
            CREATE TABLE activity AS SELECT * FROM read_csv('{activity}', header = true, delim = ',', columns = {'{'}
                'entrepreneur_id': 'VARCHAR', 'month': 'VARCHAR', 'structure': 'VARCHAR', 'establishment': 'VARCHAR',
                'turnover': 'DECIMAL(18,2)', 'purchases': 'DECIMAL(18,2)', 'contribution': 'DECIMAL(18,2)', 'salary_hours': 'DECIMAL(9,2)'{'}'});
            SELECT (SELECT count(*) FROM paths) + (SELECT count(*) FROM activity);
            """;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
