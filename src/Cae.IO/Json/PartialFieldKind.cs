using Cae.Rules.Network;

namespace Cae.IO.Json;

/// <summary>How a counter of a partial report is written and read: a count (an integer), an amount (euros exact to the cent) or hours (exact to the hundredth).</summary>
internal enum PartialFieldKind
{
    /// <summary>An integer count.</summary>
    Count,

    /// <summary>An amount in cents, written in euros.</summary>
    Amount,

    /// <summary>Hours in hundredths, written with two decimals.</summary>
    Hours,
}

/// <summary>The <see cref="PartialFieldKind"/> of each field of a cell and of a unit of a partial report.</summary>
internal static class PartialFieldKinds
{
    /// <summary>The kind of a field of <see cref="PartialYear.CellFields"/>.</summary>
    public static PartialFieldKind Cell(int field) => field switch
    {
        PartialYear.HoursAccompanied => PartialFieldKind.Hours,
        >= PartialYear.TurnoverAccompanied and <= PartialYear.ContributionsAssociates => PartialFieldKind.Amount,
        _ => PartialFieldKind.Count,
    };

    /// <summary>The kind of a field of <see cref="PartialYear.UnitFields"/>.</summary>
    public static PartialFieldKind Unit(int field) => field switch
    {
        PartialYear.UnitTurnoverAccompanied or PartialYear.UnitTurnoverAssociates => PartialFieldKind.Amount,
        PartialYear.UnitHours => PartialFieldKind.Hours,
        _ => PartialFieldKind.Count,
    };
}
