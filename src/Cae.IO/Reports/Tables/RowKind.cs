namespace Cae.IO.Reports.Tables;

/// <summary>What a row of a <see cref="ReportTable"/> is, so that writers set rows apart without reading their labels.</summary>
public enum RowKind
{
    /// <summary>One group of the data: an establishment, a structure, a unit, a typology value; its key is the data's own name or code.</summary>
    Group,

    /// <summary>The total of the table's groups.</summary>
    Total,

    /// <summary>The total of the year before.</summary>
    PreviousYearTotal,

    /// <summary>The growth from the year before.</summary>
    Growth,

    /// <summary>One exit category; its key is the category's code.</summary>
    Category,

    /// <summary>A named figure (an indicator); its key is the indicator's name.</summary>
    Indicator,
}
