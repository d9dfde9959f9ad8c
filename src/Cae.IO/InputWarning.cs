using System;

namespace Cae.IO;

/// <summary>
/// Something in the input worth telling that does not reject a row: an unknown column, an unknown gender, an
/// associate date that is not a general-assembly date of the policy.
/// </summary>
/// <param name="File">The file name as given on the command line.</param>
/// <param name="Line">The physical line (the header is line 1).</param>
/// <param name="Column">The column concerned.</param>
/// <param name="Message">What was found and what was done with it.</param>
public sealed record InputWarning(string File, int Line, string Column, string Message)
{
    /// <summary>The contract's form: <c>file:line: column: message</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{File}:{Line}: {Column}: {Message}");
}
