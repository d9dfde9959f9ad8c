namespace Cae.Cli.Input;

/// <summary>Why an activity row could not be added to the data set.</summary>
/// <param name="Column">The column at fault (<c>entrepreneur_id</c> or <c>month</c>).</param>
/// <param name="Reason">Why, in plain words.</param>
internal sealed record ActivityRowProblem(string Column, string Reason);
