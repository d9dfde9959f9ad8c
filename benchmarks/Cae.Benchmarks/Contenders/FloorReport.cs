using System.Runtime.InteropServices;
using Cae.Benchmarks.Figures;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.Benchmarks.Contenders;

/// <summary>
/// The floor: one pass over every column the report reads, summing each, with no grouping and no test. No
/// report can read its columns for less; the ratio of the engine to the floor says what its grouping costs.
/// </summary>
/// <remarks>
/// Activity columns: person, month, structure, establishment, turnover, contribution, salary hours; person
/// columns: structure, establishment, entry and exit dates, exit category, associate month, gender and the
/// five typology ids. Dates are summed as their raw 32-bit representation. Of its sums, the turnover and the
/// contributions are figures of the report (the benchmark population holds one year), checked like the others.
/// </remarks>
public static class FloorReport
{
    /// <summary>The figures the floor computes: the turnover and contributions totals.</summary>
    public static readonly string[] FigurePaths = { "turnover/total", "contributions/total" };

    /// <summary>Sums every column; returns a checksum of all sums so nothing is optimised away.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="turnover">The turnover total, in cents.</param>
    /// <param name="contribution">The contributions total, in cents.</param>
    public static long Sum(CaeDataset data, out long turnover, out long contribution)
    {
        var person = data.ActivityPerson;
        var month = data.ActivityMonth;
        var structure = data.ActivityStructure;
        var establishment = data.ActivityEstablishment;
        var turnoverColumn = data.Turnover;
        var contributionColumn = data.Contribution;
        var hours = data.SalaryHours;
        long keys = 0, t = 0, c = 0, h = 0;
        for (var i = 0; i < person.Length; i++)
        {
            keys += person[i] + month[i] + structure[i] + establishment[i];
            t += turnoverColumn[i];
            c += contributionColumn[i];
            h += hours[i];
        }

        var entry = MemoryMarshal.Cast<LocalDate, int>(data.EntryDate);
        var exit = MemoryMarshal.Cast<LocalDate, int>(data.ExitDate);
        var category = data.ExitCategoryColumn;
        var associate = data.AssociateMonth;
        var gender = data.GenderColumn;
        var personStructure = data.PersonStructure;
        var personEstablishment = data.PersonEstablishment;
        var typology = data.TypologyColumns;
        var (q, s, inc, pr, area) = (typology[0], typology[1], typology[2], typology[3], typology[4]);
        long people = 0;
        for (var i = 0; i < entry.Length; i++)
        {
            people += (long)entry[i] + exit[i] + category[i] + associate[i] + gender[i] + personStructure[i] + personEstablishment[i]
                + q[i] + s[i] + inc[i] + pr[i] + area[i];
        }

        turnover = t;
        contribution = c;
        return keys + t + c + h + people;
    }

    /// <summary>The floor's figures, for the check against the other contenders.</summary>
    /// <param name="data">The dataset.</param>
    public static ReportFigures Compute(CaeDataset data)
    {
        Sum(data, out var turnover, out var contribution);
        var f = new ReportFigures();
        f.Cents("turnover/total", turnover);
        f.Cents("contributions/total", contribution);
        return f;
    }
}
