using System;
using System.Collections.Generic;
using System.Globalization;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Cli.Synthetic;

// The drawing of the population: each person's path and monthly activity from their own random streams.
public sealed partial class PopulationGenerator
{
    private static string IdOf(int person) => "E" + (person + 1).ToString("D7", CultureInfo.InvariantCulture);

    private PathRecord PathOf(int person)
    {
        var rng = new RandomStream(Seed, person, 0);
        var structure = rng.Pick(StructureWeights);
        var establishment = rng.Below(2);
        var jan1 = new LocalDate(Year, 1, 1);
        LocalDate entry;
        LocalDate? cesa = null, application = null, associate = null, exit = null;
        ExitCategory? category = null;
        if (rng.Chance(0.25))
        {
            // An associate admitted at an assembly of an earlier year, after a long path.
            var admitted = AssemblyDate(Year - 1 - rng.Below(6));
            entry = admitted.PlusMonths(-rng.Between(28, 42)).PlusDays(-rng.Below(28));
            (cesa, application, associate, exit, category) = Admission(ref rng, entry, admitted);
        }
        else if (rng.Chance(0.40))
        {
            // Accompanied, leaving during the year.
            var c = rng.Pick(ExitWeights);
            if (c == ExitCategory.Associate.Value)
            {
                var admitted = AssemblyDate(Year);
                entry = admitted.PlusMonths(-Math.Max(24, MeanDurationMonths[c] + rng.Between(-8, 8))).PlusDays(-rng.Below(28));
                (cesa, application, associate, exit, category) = Admission(ref rng, entry, admitted);
            }
            else
            {
                var left = jan1.PlusDays(rng.Below(CalendarSystem.Iso.GetDaysInYear(Year)));
                entry = left.PlusMonths(-Math.Max(1, MeanDurationMonths[c] + rng.Between(-9, 9))).PlusDays(-rng.Below(28));
                exit = left;
                category = ExitCategory.FromValue(c);
                cesa = rng.Chance(0.75) ? Min(entry.PlusMonths(rng.Below(6)).PlusDays(rng.Below(28)), left) : null;
            }
        }
        else
        {
            // Accompanied and still there at the end of the year: entered this year or in the two before.
            entry = rng.Chance(0.35)
                ? jan1.PlusDays(rng.Below(CalendarSystem.Iso.GetDaysInYear(Year)))
                : jan1.PlusDays(-1 - rng.Below(730));
            cesa = rng.Chance(0.75) ? entry.PlusMonths(rng.Below(6)).PlusDays(rng.Below(28)) : null;
        }

        var gender = rng.Pick(GenderWeights) switch { 0 => Gender.Female, 1 => Gender.Male, _ => Gender.Unknown };
        var typology = new Typology(
            gender,
            new LocalDate(1955 + rng.Below(41), 1 + rng.Below(12), 1 + rng.Below(28)),
            rng.Chance(0.03) ? null : ResidenceAreas[establishment][rng.Below(5)],
            rng.Chance(0.02) ? null : Qualifications[rng.Pick(QualificationWeights)],
            Statuses[rng.Pick(StatusWeights)],
            Incomes[rng.Pick(IncomeWeights)],
            rng.Chance(0.05) ? null : Prescribers[rng.Pick(PrescriberWeights)]);
        return new PathRecord(IdOf(person), establishments[establishment], structures[structure], entry, cesa, application, associate, exit, category, typology);
    }

    private static (LocalDate?, LocalDate?, LocalDate?, LocalDate?, ExitCategory?) Admission(ref RandomStream rng, LocalDate entry, LocalDate admitted)
    {
        var cesa = Min(entry.PlusMonths(rng.Below(6)).PlusDays(rng.Below(28)), admitted);
        var application = Max(admitted.PlusMonths(-1 - rng.Below(8)), entry);
        return (cesa, application, admitted, admitted, ExitCategory.Associate);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a <= b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a >= b ? a : b;

    private IEnumerable<MonthlyActivity> ActivityRows(IReadOnlyList<PathRecord> paths)
    {
        var rows = new List<MonthlyActivity>(12 + SecondaryMonths);
        for (var i = 0; i < paths.Count; i++)
        {
            rows.Clear();
            PersonActivity(i, paths[i], rows);
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }

    private void PersonActivity(int person, PathRecord path, List<MonthlyActivity> rows)
    {
        var rng = new RandomStream(Seed, person, 1);
        var main = Array.IndexOf(StructureNames, path.Structure.Name);
        var isAssociate = path.AssociateDate is not null;

        // Monthly turnover level in cents: about 4 300 € for an associate, 1 000 € for an accompanied person, log-normal.
        var level = (isAssociate ? 430_000 : 100_000) * StructureTurnoverFactor[main] * rng.LogNormal(0.6);
        for (var m = 1; m <= 12; m++)
        {
            var month = new YearMonth(Year, m);
            var first = month.OnDayOfMonth(1);
            var last = month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(Year, m));
            var inPath = last >= path.EntryDate && (isAssociate || path.ExitDate is not { } exit || first <= exit);
            rows.Add(Row(ref rng, path, month, structures[main], null, inPath ? level : 0, inPath && path.CesaDate is { } cesa && cesa <= last));
        }

        if (rng.Chance(0.125))
        {
            // Secondary activity under a thematic structure, sometimes hosted by the other establishment.
            var secondary = main == 2 ? 3 : main == 3 ? 2 : rng.Chance(0.6) ? 2 : 3;
            Establishment? host = rng.Chance(0.2) ? establishments[path.Establishment.Name == EstablishmentNames[0] ? 1 : 0] : null;
            var start = 1 + rng.Below(12 - SecondaryMonths + 1);
            for (var m = start; m < start + SecondaryMonths; m++)
            {
                rows.Add(Row(ref rng, path, new YearMonth(Year, m), structures[secondary], host, level * 0.3 * StructureTurnoverFactor[secondary], path.CesaDate is not null));
            }
        }
    }

    private static MonthlyActivity Row(ref RandomStream rng, PathRecord path, YearMonth month, Structure structure, Establishment? host, double level, bool salaried)
    {
        long turnover = 0, purchases = 0, contribution = 0, hours = 0;
        if (level > 0)
        {
            var draw = rng.Next01();
            turnover = draw < 0.02 ? -(long)(level * 0.3 * rng.Next01()) // a credit note
                : draw < 0.10 ? 0
                : (long)(level * (0.4 + (1.2 * rng.Next01())));
            purchases = turnover > 0 ? (long)(turnover * 0.35 * rng.Next01()) : 0;
            contribution = PercentOf(turnover - purchases, structure.Name == "Baticoop" ? 8 : 10);
            hours = salaried ? 800 + rng.Below(8200) : 0;
        }

        return new MonthlyActivity(path.EntrepreneurId, month, structure, host, Money.FromCents(turnover), Money.FromCents(purchases), Money.FromCents(contribution), Hours.FromHundredths(hours));
    }

    /// <summary>A whole percentage of an amount in cents, rounded to the cent half away from zero.</summary>
    private static long PercentOf(long cents, int percent)
    {
        var product = Math.Abs(cents) * percent;
        var rounded = (product + 50) / 100;
        return cents < 0 ? -rounded : rounded;
    }
}
