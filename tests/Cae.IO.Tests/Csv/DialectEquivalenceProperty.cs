using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cae.IO.Csv;
using Cae.Domain.Paths;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// For random valid rows, the plain file and its French-dialect rewrite (<c>;</c>, decimal comma with thousands
/// separators, <c>dd/MM/yyyy</c>, <c>MM/yyyy</c>, French labels, Windows-1252 or UTF-8 with BOM) load to the same rows.
/// </summary>
public class DialectEquivalenceProperty
{
    private const string PathsHeader = "entrepreneur_id,establishment,structure,entry_date,cesa_date,associate_application_date,associate_date,exit_date,exit_category,gender,birth_date,residence_area,qualification";
    private const string ActivityHeader = "entrepreneur_id,month,structure,establishment,turnover,purchases,contribution,salary_hours";

    private static readonly LocalDate Origin = new(2012, 1, 1);

    [Property(MaxTest = 150)]
    public Property Plain_and_french_files_load_to_the_same_rows() =>
        Prop.ForAll(DataSets().ToArbitrary(), data =>
        {
            var plainPaths = PlainPaths(data.Paths);
            var plainActivity = PlainActivity(data.Activity);
            var plain = ContractCsvTest.Load(Encoding.UTF8.GetBytes(plainPaths), Encoding.UTF8.GetBytes(plainActivity));
            var frenchPaths = FrenchDialectWriter.Convert(plainPaths, data.Windows1252, data.Thousands);
            var french = ContractCsvTest.Load(frenchPaths, FrenchDialectWriter.Convert(plainActivity, data.Windows1252, data.Thousands));

            // A Windows-1252 file of ASCII bytes only is also UTF-8, and told so.
            var encoding = !data.Windows1252 ? InputEncoding.Utf8WithBom : frenchPaths.Any(b => b >= 0x80) ? InputEncoding.Windows1252 : InputEncoding.Utf8;

            Assert.Empty(plain.Rejections);
            Assert.Empty(french.Rejections);
            Assert.Equal(CsvDialect.Comma, plain.PathsFile.Dialect);
            Assert.Equal(CsvDialect.Semicolon, french.ActivityFile.Dialect);
            Assert.Equal(encoding, french.PathsFile.Encoding);
            Assert.Equal(data.Paths.Count, plain.PathsAccepted);
            Assert.Equal(data.Activity.Count, plain.ActivityAccepted);
            Assert.Equal(data.Activity.Select(a => a.TurnoverCents), plain.ActivityRows!.Select(a => a.Turnover.Cents));
            Assert.Equal(data.Activity.Select(a => (long)(a.Hundredths ?? 0)), plain.ActivityRows!.Select(a => a.SalaryHours.Hundredths));
            Assert.Equal(plain.Paths.Select(RowText.Of), french.Paths.Select(RowText.Of));
            Assert.Equal(plain.ActivityRows!.Select(RowText.Of), french.ActivityRows!.Select(RowText.Of));
        });

    private static Gen<DataSet> DataSets() =>
        from paths in Gen.NonEmptyListOf(PathSpecs())
        from activity in Gen.ListOf(ActivitySpecs(paths.Count))
        from windows1252 in Gen.Elements(true, false)
        from thousands in Gen.Elements(' ', '\u00A0', '\u202F')
        select new DataSet(
            paths.Select((p, i) => p with { Id = string.Create(CultureInfo.InvariantCulture, $"P{i:D4}") }).ToList(),
            activity.GroupBy(a => (a.Person, a.Month, a.Structure)).Select(g => g.First()).ToList(),
            windows1252,
            windows1252 && thousands == '\u202F' ? '\u00A0' : thousands);

    private static Gen<string> Texts() =>
        from first in Gen.Elements('B', 'é', 'Z', 'ç')
        from rest in Gen.ArrayOf(Gen.Elements("abcdeé èçàôÉ;,\"'-\n".ToCharArray()))
        select first + new string(rest.Take(12).ToArray());

    private static Gen<string?> OptionalTexts() => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Texts().Select(t => (string?)t)));

    private static Gen<int?> OptionalDays(int max) => Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Choose(0, max).Select(d => (int?)d)));

    private static Gen<PathSpec> PathSpecs() =>
        from establishment in Texts()
        from structure in Texts()
        from entry in Gen.Choose(0, 2000)
        from cesa in OptionalDays(400)
        from application in OptionalDays(900)
        from exit in OptionalDays(1200)
        from category in Gen.Elements(ExitCategory.List.ToArray())
        from gender in Gen.Elements(string.Empty, "F", "M")
        from birth in OptionalDays(15000)
        from area in OptionalTexts()
        from qualification in OptionalTexts()
        select new PathSpec(
            string.Empty,
            establishment,
            structure,
            Origin.PlusDays(entry),
            cesa,
            application,
            exit,
            exit is null ? null : category,
            gender,
            birth,
            area,
            qualification);

    private static Gen<ActivitySpec> ActivitySpecs(int persons) =>
        from person in Gen.Choose(0, persons - 1)
        from month in Gen.Choose(0, 60)
        from structure in Gen.Elements("Coopilote", "Baticoop", "Forméo; \"sud\"")
        from establishment in OptionalTexts()
        from turnover in Amounts()
        from purchases in Gen.Frequency((1, Gen.Constant<long?>(null)), (2, Amounts().Select(a => (long?)a)))
        from contribution in Gen.Frequency((1, Gen.Constant<long?>(null)), (2, Amounts().Select(a => (long?)a)))
        from hours in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 74_400).Select(h => (int?)h)))
        from style in Gen.Choose(0, 2)
        select new ActivitySpec(person, month, structure, establishment, turnover, purchases, contribution, hours, style);

    private static Gen<long> Amounts() =>
        Gen.OneOf(
            Gen.Choose(-100_000, 100_000).Select(c => (long)c),
            Gen.Choose(0, 1_000_000).Select(c => c * 100L),
            Gen.Choose(-1_000_000, 1_000_000).Select(c => c * 123_457L));

    private static string PlainPaths(IEnumerable<PathSpec> paths)
    {
        var text = new StringBuilder(PathsHeader).Append('\n');
        foreach (var p in paths)
        {
            var exit = p.ExitDays is { } e ? p.Entry.PlusDays(e) : (LocalDate?)null;
            var associate = p.Category == ExitCategory.Associate ? exit : null;
            Row(
                text,
                p.Id,
                p.Establishment,
                p.Structure,
                Date(p.Entry),
                Date(p.CesaDays is { } c ? p.Entry.PlusDays(c) : null),
                Date(p.ApplicationDays is { } a ? p.Entry.PlusDays(a) : null),
                Date(associate),
                Date(exit),
                p.Category?.Code,
                p.Gender,
                Date(p.BirthDays is { } b ? new LocalDate(1950, 1, 1).PlusDays(b) : null),
                p.ResidenceArea,
                p.Qualification);
        }

        return text.ToString();
    }

    private static string PlainActivity(IEnumerable<ActivitySpec> activity)
    {
        var text = new StringBuilder(ActivityHeader).Append('\n');
        foreach (var a in activity)
        {
            Row(
                text,
                string.Create(CultureInfo.InvariantCulture, $"P{a.Person:D4}"),
                new YearMonth(2013, 1).PlusMonths(a.Month).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                a.Structure,
                a.Establishment,
                Number(a.TurnoverCents, a.Style),
                a.PurchasesCents is { } p ? Number(p, a.Style) : null,
                a.ContributionCents is { } c ? Number(c, a.Style) : null,
                a.Hundredths is { } h ? Number(h, a.Style) : null);
        }

        return text.ToString();
    }

    /// <summary>Hundredths as a plain number, in one of three styles: <c>12.50</c>, shortest (<c>12.5</c>, <c>12</c>), or forced two decimals only when needed.</summary>
    private static string Number(long hundredths, int style)
    {
        var value = hundredths / 100m;
        return style switch
        {
            0 => value.ToString("0.00", CultureInfo.InvariantCulture),
            1 => value.ToString("0.##", CultureInfo.InvariantCulture),
            _ => hundredths % 100 == 0 ? (hundredths / 100).ToString(CultureInfo.InvariantCulture) : value.ToString("0.00", CultureInfo.InvariantCulture),
        };
    }

    private static string? Date(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder text, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var cell = cells[i] ?? string.Empty;
            text.Append(cell.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell);
        }

        text.Append('\n');
    }

    internal sealed record DataSet(List<PathSpec> Paths, List<ActivitySpec> Activity, bool Windows1252, char Thousands);

    internal sealed record PathSpec(
        string Id,
        string Establishment,
        string Structure,
        LocalDate Entry,
        int? CesaDays,
        int? ApplicationDays,
        int? ExitDays,
        ExitCategory? Category,
        string Gender,
        int? BirthDays,
        string? ResidenceArea,
        string? Qualification);

    internal sealed record ActivitySpec(
        int Person,
        int Month,
        string Structure,
        string? Establishment,
        long TurnoverCents,
        long? PurchasesCents,
        long? ContributionCents,
        int? Hundredths,
        int Style);
}
