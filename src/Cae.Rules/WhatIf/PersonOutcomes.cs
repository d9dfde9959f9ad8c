using System.Collections.Generic;
using Cae.Domain.Values;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.Rules.WhatIf;

/// <summary>The per-person figures of a comparison: every person supported at some time of the year under either policy, or with activity in the year (associates included).</summary>
internal static class PersonOutcomes
{
    public static IReadOnlyList<PersonWhatIf> Compute(ModelInputs inputs, ModelPlan.Modelled baseline, ModelPlan.Modelled scenario, int year)
    {
        var data = inputs.Data;
        var first = CaeDataset.MonthIndex(year, 1);
        var last = CaeDataset.MonthIndex(year, 12);
        var hours = new[] { new long[data.PersonCount], new long[data.PersonCount] };
        var cents = new[] { new long[data.PersonCount], new long[data.PersonCount] };
        var sides = new[] { baseline.Values, scenario.Values };
        var active = new bool[data.PersonCount];
        for (var r = 0; r < data.ActivityCount; r++)
        {
            var month = data.ActivityMonth[r];
            if (month < first || month > last)
            {
                continue;
            }

            var p = data.ActivityPerson[r];
            active[p] = true;
            for (var s = 0; s < 2; s++)
            {
                hours[s][p] += sides[s].SalaryHours[r];
                cents[s][p] += sides[s].Contribution[r];
            }
        }

        var admitted = new[] { new LocalDate?[data.PersonCount], new LocalDate?[data.PersonCount] };
        for (var k = 0; k < inputs.Candidates.Length; k++)
        {
            admitted[0][inputs.Candidates[k]] = baseline.Admissions.Admitted[k];
            admitted[1][inputs.Candidates[k]] = scenario.Admissions.Admitted[k];
        }

        var start = DateKey.Of(new LocalDate(year, 1, 1));
        var end = DateKey.Of(new LocalDate(year, 12, 31));
        var people = new List<PersonWhatIf>();
        for (var p = 0; p < data.PersonCount; p++)
        {
            var supported = data.EntryKey[p] <= end && (sides[0].ExitKey[p] >= start || sides[1].ExitKey[p] >= start);
            if (!supported && !active[p])
            {
                continue;
            }

            people.Add(new PersonWhatIf(
                data.PersonId[p],
                new PersonFigures(Hours.FromHundredths(hours[0][p]), Money.FromCents(cents[0][p]), admitted[0][p]),
                new PersonFigures(Hours.FromHundredths(hours[1][p]), Money.FromCents(cents[1][p]), admitted[1][p])));
        }

        people.Sort((x, y) => string.CompareOrdinal(x.EntrepreneurId, y.EntrepreneurId));
        return people.AsReadOnly();
    }
}
