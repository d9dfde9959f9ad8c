using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Cae.Rules.Indicators;

// The person pass of the accumulator: flows, exits, durations, genders and typology, per person.
public sealed partial class ReportAccumulator
{
    /// <summary>Adds the persons <paramref name="start"/> … <paramref name="end"/> − 1 (flows, exits, durations, typology).</summary>
    /// <param name="start">The first person index.</param>
    /// <param name="end">One past the last person index.</param>
    [MethodImpl(HotLoop)]
    public unsafe void AddPersons(int start, int end)
    {
        CheckRange(start, end, engine.Data.PersonCount);
        if (start == end)
        {
            return;
        }

        var data = engine.Data;
        var values = engine.Values;
        var typology = data.TypologyColumns;
        var typologyCount = data.Typology.Count;
        var establishments = engine.Groups.EstablishmentCount;
        var layout = Layout;

        // Every person column has one value per person (checked by CaeDataset and EffectiveValues), a person who
        // left has an exit category (checked by EffectiveValues), and the counters are sized by the groups,
        // categories and typology codes the values index, so the loop reads and writes within the arrays.
        fixed (int* entries = data.EntryKey, exits = values.ExitKey, structures = data.PersonStructure, personEstablishments = data.PersonEstablishment)
        fixed (byte* categories = values.ExitCategory, genders = data.GenderColumn)
        fixed (int* t0 = typology[0], t1 = typology[1], t2 = typology[2], t3 = typology[3], t4 = typology[4])
        fixed (long* cells = PersonCells, durations = DurationMonths, genderCounts = Genders, typologyCounts = TypologyCounts)
        {
            for (var k = 0; k < Slots; k++)
            {
                var january = januaryFirst[k];
                var december = decemberLast[k];
                var slotCells = cells + layout.PersonCell(k, 0);
                var slotDurations = durations + layout.Duration(k, 0);
                var slotGenders = genderCounts + layout.Gender(k, 0);
                var slotTypology = typologyCounts + layout.Typology(k, 0, 0);
                unchecked
                {
                    for (var p = start; p < end; p++)
                    {
                        var entry = entries[p];
                        var exit = exits[p];
                        if (entry > december || (entry < january && exit < january))
                        {
                            continue; // not accompanied during the year
                        }

                        var b = slotCells + layout.PersonCell(0, (structures[p] * establishments) + personEstablishments[p]);
                        b[entry < january ? ReportLayout.PresentStart : ReportLayout.Entries]++;
                        if (exit <= december)
                        {
                            b[ReportLayout.Exits]++;
                            b[ReportLayout.ExitsByCategory + categories[p]]++;
                            slotDurations[categories[p]] += CompletedMonths.Between(entry, exit);
                        }
                        else
                        {
                            b[ReportLayout.PresentEnd]++;
                        }

                        slotGenders[genders[p]]++;
                        slotTypology[t0[p]]++;
                        slotTypology[layout.Typology(0, 1, t1[p])]++;
                        slotTypology[layout.Typology(0, 2, t2[p])]++;
                        slotTypology[layout.Typology(0, 3, t3[p])]++;
                        slotTypology[layout.Typology(0, 4, t4[p])]++;
                    }
                }
            }
        }
    }

    /// <summary>Adds some persons, in any order (each once).</summary>
    /// <param name="persons">The person indices.</param>
    /// <exception cref="ArgumentNullException"><paramref name="persons"/> is <c>null</c>.</exception>
    public void AddPersons(IEnumerable<int> persons)
    {
        foreach (var p in persons ?? throw new ArgumentNullException(nameof(persons)))
        {
            AddPersons(p, p + 1);
        }
    }
}
