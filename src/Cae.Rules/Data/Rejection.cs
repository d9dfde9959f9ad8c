namespace Cae.Rules.Data;

/// <summary>Why a row could not be added to a dataset, and which column is at fault.</summary>
/// <param name="Column">The data contract's column name (e.g. <c>entrepreneur_id</c>, <c>month</c>).</param>
/// <param name="Reason">The reason, in plain words; it names no file (the caller knows where the row came from).</param>
public sealed record Rejection(string Column, string Reason);
