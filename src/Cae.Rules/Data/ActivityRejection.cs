namespace Cae.Rules.Data;

/// <summary>Why an activity row could not be added to a dataset, and which column is at fault.</summary>
/// <param name="Column">The contract's column name (e.g. <c>entrepreneur_id</c>, <c>month</c>).</param>
/// <param name="Reason">The reason, in plain words.</param>
public sealed record ActivityRejection(string Column, string Reason);
