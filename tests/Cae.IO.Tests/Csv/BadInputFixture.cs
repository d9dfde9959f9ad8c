namespace Cae.IO.Tests.Csv;

/// <summary>
/// The rows of <c>Data/bad</c> that the contract rejects (one of each kind), shared by the loader's tests and the
/// command-line tests.
/// </summary>
public static class BadInputFixture
{
    /// <summary>Every bad row: file, line, column.</summary>
    public static readonly (string File, int Line, string Column)[] Expected =
    {
        ("paths.csv", 4, "establishment"),        // a required value is missing
        ("paths.csv", 7, "entry_date"),           // a date does not parse (2015-02-30); after a row on lines 5-6
        ("paths.csv", 9, "entrepreneur_id"),      // repeats E001
        ("paths.csv", 11, "exit_date"),           // exit before entry
        ("paths.csv", 13, "cesa_date"),           // CESA before entry
        ("paths.csv", 14, "exit_category"),       // exit date without category
        ("paths.csv", 16, "exit_date"),           // category without exit date
        ("paths.csv", 17, "exit_category"),       // unknown category
        ("activity.csv", 4, "month"),             // a required value is missing
        ("activity.csv", 6, "month"),             // a month does not parse (2015-13)
        ("activity.csv", 8, "turnover"),          // a number does not parse (12.50 in the ';' dialect)
        ("activity.csv", 10, "turnover"),         // an amount with more than two decimals
        ("activity.csv", 12, "entrepreneur_id"),  // a person absent from paths.csv
        ("activity.csv", 14, "month"),            // repeats (E001, 2015-01, Coopilote)
        ("activity.csv", 16, "salary_hours"),     // negative hours
        ("activity.csv", 18, "salary_hours"),     // more than 744 hours
        ("activity.csv", 20, "entrepreneur_id"),  // a person whose path row was rejected
    };
}
