using System;
using System.Collections.Generic;
using Cae.Domain.Organisation;
using Cae.Rules.Data;
using NodaTime;

namespace Cae.Rules.WhatIf;

/// <summary>
/// What the modelled values read from a dataset and never change between scenarios, prepared once: the rows in
/// (person, structure, month) order with the points where the year's cumulative base restarts, each row's month,
/// structure and person key, which rows are salaried (on or after the person's CESA month), and the persons whose
/// admission as associate is modelled.
/// </summary>
/// <remarks>Immutable once built and safe to read from several threads.</remarks>
internal sealed class ModelInputs
{
    public ModelInputs(CaeDataset data)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        var n = data.ActivityCount;
        Order = data.RowsByPersonStructureMonth();
        Restart = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var r = Order[i];
            var previous = i == 0 ? -1 : Order[i - 1];
            Restart[i] = previous < 0
                || data.ActivityPerson[r] != data.ActivityPerson[previous]
                || data.ActivityStructure[r] != data.ActivityStructure[previous]
                || data.ActivityMonth[r] / 12 != data.ActivityMonth[previous] / 12;
        }

        Months = new YearMonth[n];
        FirstMonth = int.MaxValue;
        var lastMonth = int.MinValue;
        for (var r = 0; r < n; r++)
        {
            var m = data.ActivityMonth[r];
            Months[r] = CaeDataset.MonthOf(m);
            FirstMonth = Math.Min(FirstMonth, m);
            lastMonth = Math.Max(lastMonth, m);
        }

        MonthSpan = n == 0 ? 0 : lastMonth - FirstMonth + 1;
        Structures = new Structure[data.Structures.Count];
        for (var s = 0; s < Structures.Length; s++)
        {
            Structures[s] = new Structure(data.Structures[s]);
        }

        PersonIds = new string[data.PersonCount];
        var cesaMonth = new int[data.PersonCount];
        var candidates = new List<int>();
        for (var p = 0; p < data.PersonCount; p++)
        {
            var path = data.Paths[p];
            PersonIds[p] = path.EntrepreneurId;
            cesaMonth[p] = path.CesaDate is { } cesa ? CaeDataset.MonthIndex(cesa.Year, cesa.Month) : int.MaxValue;
            if (path.AssociateDate is not null || (path.AssociateApplicationDate is not null && path.ExitDate is null))
            {
                candidates.Add(p);
            }
        }

        Candidates = candidates.ToArray();
        Salaried = new bool[n];
        for (var r = 0; r < n; r++)
        {
            Salaried[r] = data.ActivityMonth[r] >= cesaMonth[data.ActivityPerson[r]];
        }
    }

    public CaeDataset Data { get; }

    /// <summary>Row indices by person, structure and month.</summary>
    public int[] Order { get; }

    /// <summary>Per position in <see cref="Order"/>: whether the cumulative base of the year restarts there (another person, structure or year).</summary>
    public bool[] Restart { get; }

    /// <summary>Per row: its calendar month.</summary>
    public YearMonth[] Months { get; }

    /// <summary>The first month index of the rows (<see cref="int.MaxValue"/> without rows).</summary>
    public int FirstMonth { get; }

    /// <summary>Months from the first to the last month of the rows.</summary>
    public int MonthSpan { get; }

    /// <summary>Per structure id: the structure.</summary>
    public Structure[] Structures { get; }

    /// <summary>Per person: the key.</summary>
    public string[] PersonIds { get; }

    /// <summary>Per row: whether the person holds a CESA that month (only those rows are paid a salary).</summary>
    public bool[] Salaried { get; }

    /// <summary>
    /// The persons whose admission is modelled: those admitted as associates in the data (an associate date), and
    /// those who applied and had not left (an application, no exit).
    /// </summary>
    public int[] Candidates { get; }
}
