using Cae.Domain.Paths;

namespace Cae.Rules.Indicators;

/// <summary>
/// Where each counter of a <see cref="ReportAccumulator"/> is in its arrays, for the accumulator that adds to
/// them and the finisher that reads them: the one place of every offset.
/// </summary>
/// <remarks>
/// Slot 0 is the year Y, slot 1 the year Y − 1 (when kept). A cell is a structure × establishment
/// (<c>structure × establishments + establishment</c>). Person counters: <see cref="PersonFields"/> per slot and
/// cell; row counters: <see cref="RowFields"/> per slot and cell; durations: one per slot and exit category;
/// genders: <see cref="GenderFields"/> per slot; typology: one per slot, typology column and code; distinct
/// people: one group per slot, measure and unit (0 … U − 1) or structure (U + s).
/// </remarks>
internal readonly struct ReportLayout
{
    /// <summary>Person counters per cell: present_start, entries, exits, present_end, then exits by category.</summary>
    public const int PersonFields = 4 + ExitCategory.Count;

    public const int PresentStart = 0;
    public const int Entries = 1;
    public const int Exits = 2;
    public const int PresentEnd = 3;
    public const int ExitsByCategory = 4;

    /// <summary>Row counters per cell: turnover (accompanied, associates), contributions (accompanied, associates), accompanied hours, rows.</summary>
    public const int RowFields = 6;

    public const int TurnoverAccompanied = 0;
    public const int TurnoverAssociates = 1;
    public const int ContributionAccompanied = 2;
    public const int ContributionAssociates = 3;
    public const int HoursAccompanied = 4;
    public const int Rows = 5;

    /// <summary>The typology columns: qualification, status at entry, income at entry, prescriber, residence area.</summary>
    public const int TypologyFields = 5;

    /// <summary>Gender counters per slot, indexed by <see cref="Gender"/>.</summary>
    public const int GenderFields = 3;

    /// <summary>Distinct-person measures: people with salary hours on an accompanied row, people with an associate row.</summary>
    public const int SalariedMeasure = 0;
    public const int AssociatesMeasure = 1;
    public const int Measures = 2;

    /// <summary>Lays the counters out.</summary>
    /// <param name="slots">The years kept (1 or 2).</param>
    /// <param name="cellCount">The structure × establishment cells.</param>
    /// <param name="typologyCodes">The typology codes of the data.</param>
    /// <param name="distinctGroups">The groups of one measure of one slot: units, then structures.</param>
    public ReportLayout(int slots, int cellCount, int typologyCodes, int distinctGroups)
    {
        Slots = slots;
        CellCount = cellCount;
        TypologyCodes = typologyCodes;
        DistinctGroups = distinctGroups;
    }

    public int Slots { get; }

    public int CellCount { get; }

    public int TypologyCodes { get; }

    public int DistinctGroups { get; }

    public int PersonCellsLength => Slots * CellCount * PersonFields;

    public int RowCellsLength => Slots * CellCount * RowFields;

    public int DurationsLength => Slots * ExitCategory.Count;

    public int GendersLength => Slots * GenderFields;

    public int TypologyLength => Slots * TypologyFields * TypologyCodes;

    public int DistinctGroupCount => Slots * Measures * DistinctGroups;

    /// <summary>The first person counter of a slot's cell.</summary>
    public int PersonCell(int slot, int cell) => ((slot * CellCount) + cell) * PersonFields;

    /// <summary>The first row counter of a slot's cell.</summary>
    public int RowCell(int slot, int cell) => ((slot * CellCount) + cell) * RowFields;

    /// <summary>The months of the paths ended in a slot's year by an exit category.</summary>
    public int Duration(int slot, int category) => (slot * ExitCategory.Count) + category;

    /// <summary>The people of a slot's year of a gender.</summary>
    public int Gender(int slot, int gender) => (slot * GenderFields) + gender;

    /// <summary>The people of a slot's year with a code in a typology column.</summary>
    public int Typology(int slot, int field, int code) => (((slot * TypologyFields) + field) * TypologyCodes) + code;

    /// <summary>The distinct-people group of a slot, measure and unit (or U + structure).</summary>
    public int DistinctGroup(int slot, int measure, int group) => (((slot * Measures) + measure) * DistinctGroups) + group;
}
