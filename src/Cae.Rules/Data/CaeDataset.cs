using System;
using System.Collections.Generic;
using Cae.Domain.Activity;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Values;
using NodaTime;

namespace Cae.Rules.Data;

/// <summary>
/// The support paths and monthly activity of one or more CAEs, held in columns for the bulk indicators.
/// Built by <see cref="CaeDatasetBuilder"/>.
/// </summary>
/// <remarks>
/// <para>Paths are indexed 0 … <see cref="PersonCount"/> − 1 in the order they were added; activity rows
/// 0 … <see cref="ActivityCount"/> − 1 likewise. Names (structures, establishments, typology values) are
/// interned in <see cref="NameTable"/>s. Optional dates use <see cref="NoDate"/> as "absent".</para>
/// <para>Immutable once built and safe to read from several threads.</para>
/// </remarks>
public sealed class CaeDataset
{
    /// <summary>The sentinel for an absent optional date in the columns.</summary>
    public static readonly LocalDate NoDate = LocalDate.MaxIsoValue;

    /// <summary>The sentinel for "no exit category" in <see cref="ExitCategoryColumn"/>.</summary>
    public const byte NoCategory = byte.MaxValue;

    /// <summary>The sentinel month index for "never an associate".</summary>
    public const int NeverMonth = int.MaxValue;

    private readonly Lazy<Indicators.DataCoverage> coverage;

    internal CaeDataset(CaeDatasetBuilder b)
    {
        coverage = new Lazy<Indicators.DataCoverage>(() => Indicators.DataCoverage.Scan(this));
        var paths = b.KeptPaths;
        var n = paths.Count;
        Paths = new PathRecordList(paths);
        Structures = b.Structures;
        Establishments = b.Establishments;
        Typology = b.TypologyValues;
        PersonId = paths.Id;
        PersonStructure = paths.Structure;
        PersonEstablishment = paths.Establishment;
        EntryDate = paths.Entry;
        CesaDate = paths.Cesa;
        ApplicationDate = paths.Application;
        AssociateDate = paths.Associate;
        ExitDate = paths.Exit;
        BirthDate = paths.Birth;
        ExitCategoryColumn = paths.Category;
        GenderColumn = paths.Gender;
        TypologyColumns = paths.Typology;
        AssociateMonth = new int[n];
        EntryKey = new int[n];
        ExitKey = new int[n];
        for (var i = 0; i < n; i++)
        {
            var associate = AssociateDate[i];
            AssociateMonth[i] = associate == NoDate ? NeverMonth : MonthIndex(associate.Year, associate.Month);
            EntryKey[i] = DateKey.Of(EntryDate[i]);
            ExitKey[i] = ExitDate[i] == NoDate ? DateKey.None : DateKey.Of(ExitDate[i]);
        }

        // Each column is trimmed in turn and the builder lets go of the longer one, so the peak is one column over.
        var m = b.RowCount;
        ActivityPerson = b.RowPerson = Trim(b.RowPerson, m);
        ActivityMonth = b.RowMonth = Trim(b.RowMonth, m);
        ActivityStructure = b.RowStructure = Trim(b.RowStructure, m);
        ActivityEstablishment = b.RowEstablishment = Trim(b.RowEstablishment, m);
        Turnover = b.RowTurnover = Trim(b.RowTurnover, m);
        Purchases = b.RowPurchases = Trim(b.RowPurchases, m);
        Contribution = b.RowContribution = Trim(b.RowContribution, m);
        ContributionRecorded = b.RowContributionRecorded = Trim(b.RowContributionRecorded, m);
        SalaryHours = b.RowHours = Trim(b.RowHours, m);
    }

    /// <summary>The path rows, in the order they were added (a path read into columns becomes an object when first asked for).</summary>
    public IReadOnlyList<PathRecord> Paths { get; }

    /// <summary>The number of people (path rows).</summary>
    public int PersonCount => PersonId.Length;

    /// <summary>The number of activity rows.</summary>
    public int ActivityCount => ActivityPerson.Length;

    /// <summary>The structures met in paths and activity.</summary>
    public NameTable Structures { get; }

    /// <summary>The establishments met in paths and activity.</summary>
    public NameTable Establishments { get; }

    /// <summary>The typology values (qualification, status, income, prescriber, residence area); id 0 is the empty value.</summary>
    public NameTable Typology { get; }

    /// <summary>An activity row as an object (for tests and tools; the report engine reads the columns).</summary>
    /// <param name="index">The row, from 0 to <see cref="ActivityCount"/> − 1.</param>
    /// <returns>The row, with its establishment always set (the path's when the input gave none).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a row.</exception>
    public MonthlyActivity ActivityRow(int index)
    {
        if (index < 0 || index >= ActivityCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "Not an activity row of the dataset.");
        }

        return new MonthlyActivity(
            PersonId[ActivityPerson[index]],
            MonthOf(ActivityMonth[index]),
            new Structure(Structures[ActivityStructure[index]]),
            new Establishment(Establishments[ActivityEstablishment[index]]),
            Money.FromCents(Turnover[index]),
            Money.FromCents(Purchases[index]),
            ContributionRecorded[index] ? Money.FromCents(Contribution[index]) : null,
            Hours.FromHundredths(SalaryHours[index]));
    }

    /// <summary>The month index of a calendar month: year × 12 + month − 1.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    public static int MonthIndex(int year, int month) => (year * 12) + month - 1;

    /// <summary>The calendar month of a month index.</summary>
    /// <param name="index">The month index.</param>
    public static YearMonth MonthOf(int index) => new(Math.DivRem(index, 12, out var r), r + 1);

    // Person columns (index = person).
    /// <summary>Each person's <c>entrepreneur_id</c>.</summary>
    internal string[] PersonId { get; }

    internal int[] PersonStructure { get; }

    internal int[] PersonEstablishment { get; }

    internal LocalDate[] EntryDate { get; }

    internal LocalDate[] CesaDate { get; }

    internal LocalDate[] ApplicationDate { get; }

    internal LocalDate[] AssociateDate { get; }

    /// <summary>Month index of the associate date; rows of that month or later are associate rows.</summary>
    internal int[] AssociateMonth { get; }

    internal LocalDate[] ExitDate { get; }

    /// <summary>Each person's birth date, or <see cref="NoDate"/>.</summary>
    internal LocalDate[] BirthDate { get; }

    /// <summary>The entry date as a <see cref="DateKey"/>.</summary>
    internal int[] EntryKey { get; }

    /// <summary>The exit date as a <see cref="DateKey"/>, or <see cref="DateKey.None"/>.</summary>
    internal int[] ExitKey { get; }

    internal byte[] ExitCategoryColumn { get; }

    internal byte[] GenderColumn { get; }

    /// <summary>Qualification, status at entry, income at entry, prescriber, residence area: typology ids.</summary>
    internal int[][] TypologyColumns { get; }

    // Activity columns (index = row).
    internal int[] ActivityPerson { get; }

    internal int[] ActivityMonth { get; }

    internal int[] ActivityStructure { get; }

    /// <summary>The row's establishment, or the path's when the row gives none.</summary>
    internal int[] ActivityEstablishment { get; }

    internal long[] Turnover { get; }

    internal long[] Purchases { get; }

    /// <summary>The recorded contribution in cents; 0 where <see cref="ContributionRecorded"/> is false.</summary>
    internal long[] Contribution { get; }

    internal bool[] ContributionRecorded { get; }

    /// <summary>Salary hours in hundredths.</summary>
    internal int[] SalaryHours { get; }

    /// <summary>
    /// Activity row indices ordered by person, structure and month (rows are unique on that key): the order in
    /// which a person's base cumulates within a calendar year, whatever the order of the file.
    /// </summary>
    internal int[] RowsByPersonStructureMonth()
    {
        var n = ActivityCount;
        var keys = new long[n];
        var order = new int[n];
        var monthBase = int.MaxValue;
        for (var r = 0; r < n; r++)
        {
            monthBase = Math.Min(monthBase, ActivityMonth[r]);
        }

        for (var r = 0; r < n; r++)
        {
            // person (31 bits) | structure (16 bits) | month offset (16 bits, 5 000 years)
            keys[r] = ((long)ActivityPerson[r] << 32) | ((long)(ActivityStructure[r] & 0xFFFF) << 16) | (long)((ActivityMonth[r] - monthBase) & 0xFFFF);
            order[r] = r;
        }

        Array.Sort(keys, order);
        return order;
    }

    /// <summary>The years the data covers, scanned once and shared by every report built on the dataset.</summary>
    internal Indicators.DataCoverage Coverage => coverage.Value;

    private static T[] Trim<T>(T[] source, int length)
    {
        if (source.Length == length)
        {
            return source;
        }

        var result = new T[length];
        Array.Copy(source, result, length);
        return result;
    }
}
