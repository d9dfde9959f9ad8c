using System;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using NodaTime;

namespace Cae.Rules.Data;

/// <summary>
/// Path rows as columns: one array a field, names as ids of name tables, no object a row.
/// </summary>
/// <remarks>
/// A loader fills its own (with its own name tables, so that it can run on another thread than the builder's
/// activity rows); the builder appends them to its own at the end, mapping the names' ids. A row added as a
/// <see cref="PathRecord"/> keeps that very object, so that the dataset gives it back as it was; a row read
/// into columns gets its object only when asked for. Absent dates are <see cref="CaeDataset.NoDate"/>, an absent
/// exit category <see cref="CaeDataset.NoCategory"/>, an empty typology value id 0.
/// </remarks>
internal sealed partial class PathColumns
{
    private const int TypologyFields = 5;

    public PathColumns(NameTable establishments, NameTable structures, NameTable typology, int capacity)
    {
        EstablishmentNames = establishments;
        StructureNames = structures;
        TypologyNames = typology;
        typology.Intern(string.Empty);
        Resize(Math.Max(capacity, 16));
    }

    public NameTable EstablishmentNames { get; private set; }

    public NameTable StructureNames { get; private set; }

    /// <summary>The typology values; id 0 is the empty value.</summary>
    public NameTable TypologyNames { get; private set; }

    public int Count { get; private set; }

    public string[] Id { get; private set; } = Array.Empty<string>();

    public int[] Establishment { get; private set; } = Array.Empty<int>();

    public int[] Structure { get; private set; } = Array.Empty<int>();

    public LocalDate[] Entry { get; private set; } = Array.Empty<LocalDate>();

    public LocalDate[] Cesa { get; private set; } = Array.Empty<LocalDate>();

    public LocalDate[] Application { get; private set; } = Array.Empty<LocalDate>();

    public LocalDate[] Associate { get; private set; } = Array.Empty<LocalDate>();

    public LocalDate[] Exit { get; private set; } = Array.Empty<LocalDate>();

    public LocalDate[] Birth { get; private set; } = Array.Empty<LocalDate>();

    public byte[] Category { get; private set; } = Array.Empty<byte>();

    public byte[] Gender { get; private set; } = Array.Empty<byte>();

    /// <summary>Qualification, status at entry, income at entry, prescriber, residence area: typology ids.</summary>
    public int[][] Typology { get; private set; } = new int[TypologyFields][];

    /// <summary>The object a row was added as, or <c>null</c> for a row read into columns.</summary>
    public PathRecord?[] Record { get; private set; } = Array.Empty<PathRecord?>();

    /// <summary>Adds a row from its values; the caller has checked them (<see cref="PathRecord.Problem"/>).</summary>
    public void Add(
        string id,
        string establishment,
        string structure,
        LocalDate entry,
        LocalDate? cesa,
        LocalDate? application,
        LocalDate? associate,
        LocalDate? exit,
        ExitCategory? category,
        Gender gender,
        LocalDate? birth,
        string? residenceArea,
        string? qualification,
        string? statusAtEntry,
        string? incomeAtEntry,
        string? prescriber)
    {
        var i = Next();
        Id[i] = id;
        Establishment[i] = EstablishmentNames.Intern(establishment);
        Structure[i] = StructureNames.Intern(structure);
        Entry[i] = entry;
        Cesa[i] = cesa ?? CaeDataset.NoDate;
        Application[i] = application ?? CaeDataset.NoDate;
        Associate[i] = associate ?? CaeDataset.NoDate;
        Exit[i] = exit ?? CaeDataset.NoDate;
        Birth[i] = birth ?? CaeDataset.NoDate;
        Category[i] = category is null ? CaeDataset.NoCategory : (byte)category.Value;
        Gender[i] = (byte)gender;
        Typology[0][i] = TypologyId(qualification);
        Typology[1][i] = TypologyId(statusAtEntry);
        Typology[2][i] = TypologyId(incomeAtEntry);
        Typology[3][i] = TypologyId(prescriber);
        Typology[4][i] = TypologyId(residenceArea);
        Record[i] = null;
    }

    /// <summary>Adds a row as an object, which the row keeps.</summary>
    public void Add(PathRecord path)
    {
        var t = path.Typology;
        Add(
            path.EntrepreneurId,
            path.Establishment.Name,
            path.Structure.Name,
            path.EntryDate,
            path.CesaDate,
            path.AssociateApplicationDate,
            path.AssociateDate,
            path.ExitDate,
            path.ExitCategory,
            t.Gender,
            t.BirthDate,
            t.ResidenceArea,
            t.Qualification,
            t.StatusAtEntry,
            t.IncomeAtEntry,
            t.Prescriber);
        Record[Count - 1] = path;
    }

    /// <summary>Makes room for a number of rows in all.</summary>
    public void EnsureCapacity(int size)
    {
        if (size > Id.Length)
        {
            Resize(Math.Max(size, Id.Length + Math.Max(16, Id.Length / 2)));
        }
    }

    /// <summary>Trims every column to <see cref="Count"/>.</summary>
    public void TrimToCount()
    {
        if (Id.Length != Count)
        {
            Resize(Count);
        }
    }

    /// <summary>The row as an object: the one it was added as, or a new one from its columns.</summary>
    public PathRecord ToRecord(int i)
    {
        if (Record[i] is { } record)
        {
            return record;
        }

        return new PathRecord(
            Id[i],
            new Establishment(EstablishmentNames[Establishment[i]]),
            new Structure(StructureNames[Structure[i]]),
            Entry[i],
            Date(Cesa[i]),
            Date(Application[i]),
            Date(Associate[i]),
            Date(Exit[i]),
            Category[i] == CaeDataset.NoCategory ? null : ExitCategory.FromValue(Category[i]),
            new Typology(
                (Gender)Gender[i],
                Date(Birth[i]),
                Text(Typology[4][i]),
                Text(Typology[0][i]),
                Text(Typology[1][i]),
                Text(Typology[2][i]),
                Text(Typology[3][i])));
    }

    private static LocalDate? Date(LocalDate date) => date == CaeDataset.NoDate ? null : date;

    private string? Text(int id) => id == 0 ? null : TypologyNames[id];

    private int TypologyId(string? value) => string.IsNullOrWhiteSpace(value) ? 0 : TypologyNames.Intern(value!.Trim());

    private int Next()
    {
        EnsureCapacity(Count + 1);
        return Count++;
    }

    private void Resize(int size)
    {
        Id = Grow(Id, size);
        Establishment = Grow(Establishment, size);
        Structure = Grow(Structure, size);
        Entry = Grow(Entry, size);
        Cesa = Grow(Cesa, size);
        Application = Grow(Application, size);
        Associate = Grow(Associate, size);
        Exit = Grow(Exit, size);
        Birth = Grow(Birth, size);
        Category = Grow(Category, size);
        Gender = Grow(Gender, size);
        for (var t = 0; t < TypologyFields; t++)
        {
            Typology[t] = Grow(Typology[t] ?? Array.Empty<int>(), size);
        }

        Record = Grow(Record, size);
    }

    private T[] Grow<T>(T[] source, int size)
    {
        var result = new T[size];
        Array.Copy(source, result, Math.Min(Count, source.Length));
        return result;
    }
}
