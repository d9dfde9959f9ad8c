namespace Cae.Rules.Indicators;

/// <summary>The distinct people of one measure and slot, by group (unit, or U + structure).</summary>
internal sealed class ReportDistinctCounts
{
    private readonly ReportAccumulator accumulator;
    private readonly int slot;
    private readonly int measure;

    public ReportDistinctCounts(ReportAccumulator accumulator, int slot, int measure)
    {
        this.accumulator = accumulator;
        this.slot = slot;
        this.measure = measure;
    }

    public long Count(int group) => accumulator.DistinctCount(slot, measure, group);
}
