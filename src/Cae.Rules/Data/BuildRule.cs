namespace Cae.Rules.Data;

/// <summary>The cross-row rules that <see cref="CaeDatasetBuilder.Build(out System.Collections.Generic.IReadOnlyList{BuildRejection})"/> checks.</summary>
public enum BuildRule
{
    /// <summary>A path repeats the <c>entrepreneur_id</c> of a path added earlier (the later one is dropped).</summary>
    RepeatedPerson = 0,

    /// <summary>An activity row names a person that has no path.</summary>
    UnknownPerson = 1,

    /// <summary>An activity row repeats the person, month and structure of a row added earlier (the later one is dropped).</summary>
    RepeatedActivity = 2,
}
