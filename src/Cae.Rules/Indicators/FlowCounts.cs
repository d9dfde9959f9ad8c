namespace Cae.Rules.Indicators;

/// <summary>
/// The flows of support paths of a group in year Y (data contract §3, <c>flows</c>).
/// </summary>
/// <param name="PresentStart">Paths entered before 1 January Y and not exited before it (an exit on 1 January Y counts here and in <paramref name="Exits"/>).</param>
/// <param name="Entries">Paths entered within Y.</param>
/// <param name="Exits">Paths exited within Y.</param>
/// <param name="PresentEnd">Paths entered by 31 December Y and not exited by then.</param>
/// <remarks><see cref="Accompanied"/> = present_start + entries, and present_start + entries − exits = present_end.</remarks>
public sealed record FlowCounts(long PresentStart, long Entries, long Exits, long PresentEnd)
{
    /// <summary>The people accompanied during Y: present_start + entries.</summary>
    public long Accompanied => PresentStart + Entries;
}
