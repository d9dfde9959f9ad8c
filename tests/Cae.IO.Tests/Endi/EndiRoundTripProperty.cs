using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using Cae.IO.Endi;
using Cae.IO.Tests.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace Cae.IO.Tests.Endi;

/// <summary>
/// Random paths and months, written as enDI writes its turnover exports (one per year, in any of its cell and header
/// forms, UTF-8 or Windows-1252) and imported back, give the same paths and activity rows, apart from what the
/// export does not carry: hours, purchases, contributions, and the typology beyond sex, zone and status.
/// </summary>
public class EndiRoundTripProperty
{
    private static readonly string[] Antennas = { "Antenne Nord", "Antenne Sud", "Agence de l'Île" };
    private static readonly string[] French = { "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc." };
    private static readonly string[] FullFrench = { "Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre" };
    private static readonly string[] English = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    private static readonly Dictionary<ExitCategory, string> Reasons = new()
    {
        [ExitCategory.Creation] = "Création d'entreprise",
        [ExitCategory.Employment] = "Exerce un emploi durable (CDI ou CDD)",
        [ExitCategory.Training] = "Entrée en formation",
        [ExitCategory.Reorientation] = "Réorientation; projet \"autre\"",
        [ExitCategory.Other] = "Abandon du projet",
    };

    private static readonly EndiMapping Mapping = new(
        "Coopilote",
        new Dictionary<string, string> { ["ANTENNE NORD"] = "Nord" },
        Reasons.ToDictionary(kv => kv.Value, kv => (ExitCategory?)kv.Key));

    [Property(MaxTest = 120)]
    public Property Exports_read_back_to_the_same_paths_and_months() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var exports = new[] { 2014, 2015 }.Select(y => (Bytes(Export(c, y), c.Windows1252), $"{y}.csv")).ToList();
            var import = EndiExport.Import(exports, Mapping, null, null);

            Assert.Empty(import.Load.RejectedRows);
            Assert.Empty(import.Load.Warnings);
            Assert.Equal(c.People.Select(Expected).Select(RowText.Of), import.Paths.Select(RowText.Of));
            var expected = c.People.SelectMany(p => p.Months.Select((cents, i) => (p, cents, i)))
                .Where(x => x.cents != 0)
                .Select(x => new MonthlyActivity(x.p.Id, new YearMonth(2014 + (x.i / 12), (x.i % 12) + 1), new Structure("Coopilote"), null, Money.FromCents(x.cents), Money.Zero, null, Hours.Zero));
            Assert.Equal(expected.Select(RowText.Of), import.Activity.Select(RowText.Of));
            Assert.Equal(import.Activity.Count, import.Load.Dataset.ActivityCount);
        });

    private static PathRecord Expected(Person p)
    {
        var antenna = Antennas[p.Antenna];
        var exit = p.Associate ?? p.Exit;
        var category = p.Associate is not null ? ExitCategory.Associate : p.Category;
        return new PathRecord(
            p.Id,
            new Establishment(antenna == "Antenne Nord" ? "Nord" : antenna),
            new Structure("Coopilote"),
            p.Entry,
            p.Cesa,
            null,
            p.Associate,
            exit,
            exit is null ? null : category,
            new Typology(p.Gender, null, p.Zone, null, p.Status, null, null));
    }

    private static string Export(Case c, int year)
    {
        var headers = new List<string>
        {
            "ID Utilisateur", "Nom", "Prénom", "Sexe", "Zone d'habitation", "Statut social à l'entrée", "Antenne de rattachement",
            "Date d'entrée dans la CAE", "Date de contrat", "Date d'entrée au sociétariat", "Date de sortie", "Motif de sortie", "CA TOTAL",
        };
        headers.AddRange(Enumerable.Range(0, 12).Select(m => "CA " + MonthName(c.HeaderStyle, m) + " " + (c.HeaderStyle == 2 ? year.ToString(CultureInfo.InvariantCulture) : (year % 100).ToString("D2", CultureInfo.InvariantCulture))));
        var text = new StringBuilder(EndiFixture.Line(headers));
        foreach (var p in c.People)
        {
            var months = p.Months.Skip((year - 2014) * 12).Take(12).ToArray();
            var cells = new List<string>
            {
                p.Id, "Nom", "Prénom", SexText(p.Gender, p.Style), p.Zone ?? "", p.Status ?? "", Antennas[p.Antenna],
                Date(p.Entry, p.Style), Date(p.Cesa, p.Style), Date(p.Associate, p.Style), Date(p.Exit, p.Style),
                p.Exit is null ? "" : Reasons[p.Category!], Amount(months.Sum(), c),
            };
            cells.AddRange(months.Select(m => m == 0 && p.Style % 2 == 0 ? "" : Amount(m, c)));
            text.Append(EndiFixture.Line(cells));
        }

        return text.ToString();
    }

    private static string MonthName(int style, int m) => style switch
    {
        0 => French[m],
        1 => English[m].ToUpperInvariant() + ".",
        _ => FullFrench[m],
    };

    private static string SexText(Gender gender, int style) => gender switch
    {
        Gender.Female => new[] { "F", "Femme", "Madame" }[style % 3],
        Gender.Male => new[] { "M", "H", "Homme", "Monsieur" }[style % 4],
        _ => "",
    };

    private static string Date(LocalDate? date, int style)
    {
        if (date is not { } d)
        {
            return "";
        }

        var day = d.Day.ToString(CultureInfo.InvariantCulture);
        var month = d.Month.ToString(CultureInfo.InvariantCulture);
        return style switch
        {
            0 => day.PadLeft(2) + "/" + month.PadLeft(2, '0'),
            1 => day + "/" + month,
            _ => day.PadLeft(2, '0') + "/" + month.PadLeft(2, '0'),
        } + "/" + d.Year.ToString(CultureInfo.InvariantCulture);
    }

    private static string Amount(long cents, Case c)
    {
        var euros = (Math.Abs(cents) / 100).ToString(CultureInfo.InvariantCulture);
        var grouped = new StringBuilder();
        for (var i = 0; i < euros.Length; i++)
        {
            if (i > 0 && (euros.Length - i) % 3 == 0)
            {
                grouped.Append(c.Thousands);
            }

            grouped.Append(euros[i]);
        }

        return (cents < 0 ? "-" : "") + grouped + "," + (Math.Abs(cents) % 100).ToString("D2", CultureInfo.InvariantCulture) + (c.Euro ? " €" : "");
    }

    private static byte[] Bytes(string text, bool windows1252)
    {
        if (!windows1252)
        {
            return new UTF8Encoding(false).GetBytes(text);
        }

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(text);
    }

    private static Gen<Case> Cases() =>
        from people in Gen.NonEmptyListOf(People())
        from thousands in Gen.Elements(' ', '\u00A0', '\u202F')
        from euro in Gen.Elements(true, false)
        from windows1252 in Gen.Elements(true, false)
        from style in Gen.Choose(0, 2)
        select new Case(
            people.Take(12).Select((p, i) => p with { Id = (100 + i).ToString(CultureInfo.InvariantCulture) }).ToList(),
            windows1252 && thousands == '\u202F' ? '\u00A0' : thousands,
            euro,
            windows1252,
            style);

    private static Gen<Person> People() =>
        from entry in Gen.Choose(0, 1000)
        from cesa in Gen.Frequency((1, Gen.Constant<int?>(null)), (2, Gen.Choose(0, 300).Select(d => (int?)d)))
        from kind in Gen.Choose(0, 2)
        from end in Gen.Choose(0, 900)
        from category in Gen.Elements(Reasons.Keys.ToArray())
        from antenna in Gen.Choose(0, Antennas.Length - 1)
        from gender in Gen.Elements(Gender.Female, Gender.Male, Gender.Unknown)
        from zone in Gen.Elements(null, "Besançon", "Haute-Saône", "Territoire; de \"Belfort\"")
        from status in Gen.Elements(null, "Demandeur d'emploi", "Salarié")
        from style in Gen.Choose(0, 11)
        from months in Gen.ArrayOf(Gen.Frequency(
            (2, Gen.Constant(0L)),
            (3, Gen.Choose(-50_000, 900_000).Select(x => (long)x)),
            (1, Gen.Choose(0, 2_000_000).Select(x => x * 1_000L))), 24)
        let start = new LocalDate(2012, 1, 1).PlusDays(entry)
        select new Person(
            string.Empty,
            start,
            cesa is { } c ? start.PlusDays(c) : null,
            kind == 1 ? start.PlusDays(end) : null,
            kind == 2 ? start.PlusDays(end) : null,
            kind == 2 ? category : null,
            antenna,
            gender,
            zone,
            status,
            style,
            months);

    private sealed record Person(
        string Id,
        LocalDate Entry,
        LocalDate? Cesa,
        LocalDate? Associate,
        LocalDate? Exit,
        ExitCategory? Category,
        int Antenna,
        Gender Gender,
        string? Zone,
        string? Status,
        int Style,
        long[] Months);

    private sealed record Case(List<Person> People, char Thousands, bool Euro, bool Windows1252, int HeaderStyle);
}
