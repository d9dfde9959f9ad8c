using System;
using System.Runtime.CompilerServices;
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
    /// <remarks>
    /// Compiled like the engine's loops: fully optimised at once (a run calls it once, too few times for the
    /// tiered compiler to optimise it fully) and reading the columns through pointers, without index checks.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe long Sum(CaeDataset data, out long turnover, out long contribution)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.ActivityCount;
        long keys = 0, t = 0, c = 0, h = 0;
        fixed (int* person = data.ActivityPerson, month = data.ActivityMonth, structure = data.ActivityStructure, establishment = data.ActivityEstablishment, hours = data.SalaryHours)
        fixed (long* turnoverColumn = data.Turnover, contributionColumn = data.Contribution)
        {
            for (var i = 0; i < rows; i++)
            {
                keys += person[i] + month[i] + structure[i] + establishment[i];
                t += turnoverColumn[i];
                c += contributionColumn[i];
                h += hours[i];
            }
        }

        var persons = data.PersonCount;
        var typology = data.TypologyColumns;
        long people = 0;
        fixed (LocalDate* entryDates = data.EntryDate, exitDates = data.ExitDate)
        fixed (byte* category = data.ExitCategoryColumn, gender = data.GenderColumn)
        fixed (int* associate = data.AssociateMonth, personStructure = data.PersonStructure, personEstablishment = data.PersonEstablishment)
        fixed (int* q = typology[0], s = typology[1], inc = typology[2], pr = typology[3], area = typology[4])
        {
            var entry = (int*)entryDates;
            var exit = (int*)exitDates;
            for (var i = 0; i < persons; i++)
            {
                people += (long)entry[i] + exit[i] + category[i] + associate[i] + gender[i] + personStructure[i] + personEstablishment[i]
                    + q[i] + s[i] + inc[i] + pr[i] + area[i];
            }
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
