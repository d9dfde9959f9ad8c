namespace Cae.Rules.Data;

// The rows carried from columns to columns: appended, moved onto other name tables, selected; the names' ids mapped.
internal sealed partial class PathColumns
{
    /// <summary>Appends the rows of other columns, mapping their names' ids to these columns' tables.</summary>
    public void Append(PathColumns other)
    {
        var establishments = Map(other.EstablishmentNames, EstablishmentNames);
        var structures = Map(other.StructureNames, StructureNames);
        var typology = Map(other.TypologyNames, TypologyNames);
        EnsureCapacity(Count + other.Count);
        for (var j = 0; j < other.Count; j++)
        {
            var i = Count++;
            Id[i] = other.Id[j];
            Establishment[i] = establishments[other.Establishment[j]];
            Structure[i] = structures[other.Structure[j]];
            Entry[i] = other.Entry[j];
            Cesa[i] = other.Cesa[j];
            Application[i] = other.Application[j];
            Associate[i] = other.Associate[j];
            Exit[i] = other.Exit[j];
            Birth[i] = other.Birth[j];
            Category[i] = other.Category[j];
            Gender[i] = other.Gender[j];
            for (var t = 0; t < TypologyFields; t++)
            {
                Typology[t][i] = typology[other.Typology[t][j]];
            }

            Record[i] = other.Record[j];
        }
    }

    /// <summary>Moves these columns onto other name tables, mapping their ids in place (no copy of the rows).</summary>
    public void Rebase(NameTable establishments, NameTable structures, NameTable typology)
    {
        var e = Map(EstablishmentNames, establishments);
        var s = Map(StructureNames, structures);
        var t = Map(TypologyNames, typology);
        for (var i = 0; i < Count; i++)
        {
            Establishment[i] = e[Establishment[i]];
            Structure[i] = s[Structure[i]];
            for (var f = 0; f < TypologyFields; f++)
            {
                Typology[f][i] = t[Typology[f][i]];
            }
        }

        EstablishmentNames = establishments;
        StructureNames = structures;
        TypologyNames = typology;
    }

    /// <summary>The rows kept, in order, into new columns over the same name tables, trimmed to their count.</summary>
    public PathColumns Select(int[] rows)
    {
        var kept = new PathColumns(EstablishmentNames, StructureNames, TypologyNames, rows.Length);
        foreach (var j in rows)
        {
            var i = kept.Count++;
            kept.Id[i] = Id[j];
            kept.Establishment[i] = Establishment[j];
            kept.Structure[i] = Structure[j];
            kept.Entry[i] = Entry[j];
            kept.Cesa[i] = Cesa[j];
            kept.Application[i] = Application[j];
            kept.Associate[i] = Associate[j];
            kept.Exit[i] = Exit[j];
            kept.Birth[i] = Birth[j];
            kept.Category[i] = Category[j];
            kept.Gender[i] = Gender[j];
            for (var t = 0; t < TypologyFields; t++)
            {
                kept.Typology[t][i] = Typology[t][j];
            }

            kept.Record[i] = Record[j];
        }

        kept.TrimToCount();
        return kept;
    }

    private static int[] Map(NameTable from, NameTable to)
    {
        var map = new int[from.Count];
        for (var k = 0; k < map.Length; k++)
        {
            map[k] = to.Intern(from[k]);
        }

        return map;
    }
}
