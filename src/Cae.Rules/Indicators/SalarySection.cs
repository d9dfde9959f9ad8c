namespace Cae.Rules.Indicators;

/// <summary>The <c>salary</c> section: salary hours of the accompanied rows of year Y, by reporting unit.</summary>
/// <param name="Total">The units summed: a person salaried under two units counts twice, as in the published report.</param>
/// <param name="ByUnit">By reporting unit (units with at least one row in Y).</param>
public sealed record SalarySection(UnitSalary Total, GroupTable<UnitSalary> ByUnit);
