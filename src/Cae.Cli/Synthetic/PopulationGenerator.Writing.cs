using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Cae.Domain.Paths;
using NodaTime;

namespace Cae.Cli.Synthetic;

// The writing of the population: the CSV files, their cells, and the policy JSON written with them.
public sealed partial class PopulationGenerator
{
    /// <summary>
    /// Writes <c>paths.csv</c>, <c>activity.csv</c> (the contract's plain dialect: <c>,</c> delimiter, <c>.</c>
    /// decimals, UTF-8 without BOM, ISO dates and months) and <c>policy.json</c> into a directory, created if needed.
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The number of path rows and of activity rows written.</returns>
    public (int Paths, long ActivityRows) WriteCsv(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var paths = Paths();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using (var w = new StreamWriter(Path.Combine(directory, PathsFile), false, utf8, 1 << 16))
        {
            w.NewLine = "\n";
            w.WriteLine("entrepreneur_id,establishment,structure,entry_date,cesa_date,associate_application_date,associate_date,exit_date,exit_category,gender,birth_date,residence_area,qualification,status_at_entry,income_at_entry,prescriber");
            foreach (var p in paths)
            {
                var t = p.Typology;
                w.Write(p.EntrepreneurId);
                Cell(w, p.Establishment.Name);
                Cell(w, p.Structure.Name);
                Cell(w, p.EntryDate);
                Cell(w, p.CesaDate);
                Cell(w, p.AssociateApplicationDate);
                Cell(w, p.AssociateDate);
                Cell(w, p.ExitDate);
                Cell(w, p.ExitCategory?.Code);
                Cell(w, t.Gender switch { Gender.Female => "F", Gender.Male => "M", _ => null });
                Cell(w, t.BirthDate);
                Cell(w, t.ResidenceArea);
                Cell(w, t.Qualification);
                Cell(w, t.StatusAtEntry);
                Cell(w, t.IncomeAtEntry);
                Cell(w, t.Prescriber);
                w.Write('\n');
            }
        }

        long rows = 0;
        using (var w = new StreamWriter(Path.Combine(directory, ActivityFile), false, utf8, 1 << 16))
        {
            w.NewLine = "\n";
            w.WriteLine("entrepreneur_id,month,structure,establishment,turnover,purchases,contribution,salary_hours");
            Span<char> number = stackalloc char[32];
            foreach (var a in ActivityRows(paths))
            {
                w.Write(a.EntrepreneurId);
                w.Write(',');
                w.Write(a.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                Cell(w, a.Structure.Name);
                Cell(w, a.Establishment?.Name);
                w.Write(',');
                w.Write(Hundredths(a.Turnover.Cents, number));
                w.Write(',');
                w.Write(Hundredths(a.Purchases.Cents, number));
                w.Write(',');
                if (a.Contribution is { } c)
                {
                    w.Write(Hundredths(c.Cents, number));
                }

                w.Write(',');
                w.Write(Hundredths(a.SalaryHours.Hundredths, number));
                w.Write('\n');
                rows++;
            }
        }

        File.WriteAllText(Path.Combine(directory, PolicyFileName), PolicyJson, utf8);
        return (paths.Count, rows);
    }

    private static void Cell(TextWriter w, string? text)
    {
        w.Write(',');
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static void Cell(TextWriter w, LocalDate? date)
    {
        w.Write(',');
        if (date is { } d)
        {
            w.Write(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>A whole number of hundredths as invariant text with two decimals: −50 → <c>-0.50</c>.</summary>
    private static ReadOnlySpan<char> Hundredths(long value, Span<char> buffer)
    {
        var length = 0;
        if (value < 0)
        {
            buffer[length++] = '-';
        }

        var magnitude = (ulong)Math.Abs(value);
        (magnitude / 100).TryFormat(buffer[length..], out var written, default, CultureInfo.InvariantCulture);
        length += written;
        buffer[length++] = '.';
        var cents = (int)(magnitude % 100);
        buffer[length++] = (char)('0' + (cents / 10));
        buffer[length++] = (char)('0' + (cents % 10));
        return buffer[..length];
    }

    private static string WritePolicyJson(int year)
    {
        var assemblies = new List<string>();
        for (var y = year - 8; y <= year + 1; y++)
        {
            assemblies.Add("\"" + AssemblyDate(y).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"");
        }

        var from = new LocalDate(year - 10, 1, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "support_limit_months": 24,
              "assemblies": [{{string.Join(", ", assemblies)}}],
              "admission": "next_assembly",
              "contribution": {
                "base": "gross_margin",
                "rates": [ { "from": "{{from}}", "rate": 0.10 },
                           { "from": "{{from}}", "structure": "Baticoop", "rate": 0.08 } ]
              },
              "fte_annual_hours": 1820,
              "positive_exits": ["creation", "associate", "employment"],
              "perennial_exits": ["creation", "associate"],
              "reporting_units": [
                { "structure": "Coopilote", "establishment": "Besançon", "label": "Coopilote B" },
                { "structure": "Coopilote", "establishment": "Montbéliard", "label": "Coopilote M" }
              ]
            }

            """);
    }
}
