using System;

namespace Cae.IO;

/// <summary>An input row that was not counted, with where it is and why.</summary>
/// <param name="File">The file name as given on the command line.</param>
/// <param name="Line">The physical line on which the row starts (the header is line 1).</param>
/// <param name="Column">The contract's name of the column at fault.</param>
/// <param name="Reason">Why the row was rejected, in plain words.</param>
public sealed record RejectedRow(string File, int Line, string Column, string Reason)
{
    /// <summary>The contract's form: <c>file:line: column: reason</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{File}:{Line}: {Column}: {Reason}");
}
