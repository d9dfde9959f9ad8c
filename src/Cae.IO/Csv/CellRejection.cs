using System;

namespace Cae.IO.Csv;

/// <summary>Thrown while reading a row when a cell makes the row rejected; caught by the loader, never escapes it.</summary>
internal sealed class CellRejection : Exception
{
    /// <summary>Creates the rejection.</summary>
    /// <param name="column">The contract's column name.</param>
    /// <param name="reason">Why, in plain words.</param>
    public CellRejection(string column, string reason)
        : base($"{column}: {reason}")
    {
        Column = column;
        Reason = reason;
    }

    /// <summary>The column at fault.</summary>
    public string Column { get; }

    /// <summary>Why the row is rejected.</summary>
    public string Reason { get; }
}
