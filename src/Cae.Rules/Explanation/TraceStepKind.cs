namespace Cae.Rules.Explanation;

/// <summary>What a step of a <see cref="Trace"/> records.</summary>
public enum TraceStepKind
{
    /// <summary>A value the caller gave (a date, an amount).</summary>
    Input = 0,

    /// <summary>A policy or legal parameter read by the rule, with its value, effective date and reference.</summary>
    Parameter = 1,

    /// <summary>An intermediate value, with the formula that gives it.</summary>
    Value = 2,

    /// <summary>A value the rule returns.</summary>
    Result = 3,

    /// <summary>A remark in plain words: why a branch was taken, why there is no result.</summary>
    Note = 4,
}
