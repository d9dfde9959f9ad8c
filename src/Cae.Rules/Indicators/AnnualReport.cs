using System;

namespace Cae.Rules.Indicators;

/// <summary>
/// The annual activity report (bilan) of year Y, with every section of the data contract §3.
/// </summary>
/// <remarks>
/// <para>Immutable. Figures are rounded as <see cref="ReportRounding"/> says. <see cref="ToTree"/> gives the
/// report as named numbers in the order and with the names of the contract's JSON, including each
/// section's <c>previous_year</c> and <c>growth</c> when <see cref="PreviousYear"/> is known.</para>
/// <para>Equality is by value: the year, every section, the support budget, the input summary and the report of
/// the year before.</para>
/// </remarks>
public sealed class AnnualReport : IEquatable<AnnualReport>
{
    /// <summary>Creates a report.</summary>
    /// <param name="year">The year Y.</param>
    /// <param name="flows">The flows of paths.</param>
    /// <param name="exits">The exits and outcome rates.</param>
    /// <param name="pathDurationMonths">The path durations.</param>
    /// <param name="turnover">The turnover.</param>
    /// <param name="salary">The salary hours.</param>
    /// <param name="contributions">The contributions.</param>
    /// <param name="typology">The typology of the accompanied people.</param>
    /// <param name="supportBudget">The policy's support budget for Y, when it gives one.</param>
    /// <param name="input">How many rows were read and kept.</param>
    /// <param name="previousYear">The report of Y − 1 when the data covers it (its own previous year is not kept).</param>
    /// <exception cref="ArgumentNullException"><paramref name="contributions"/> or <paramref name="exits"/> or <paramref name="flows"/> or <paramref name="input"/> or <paramref name="pathDurationMonths"/> or <paramref name="salary"/> or <paramref name="turnover"/> or <paramref name="typology"/> is <c>null</c>.</exception>
    public AnnualReport(
        int year,
        FlowSection flows,
        ExitSection exits,
        DurationSection pathDurationMonths,
        TurnoverSection turnover,
        SalarySection salary,
        ContributionSection contributions,
        TypologySection typology,
        Cae.Domain.Values.Money? supportBudget,
        InputSummary input,
        AnnualReport? previousYear)
    {
        Year = year;
        Flows = flows ?? throw new ArgumentNullException(nameof(flows));
        Exits = exits ?? throw new ArgumentNullException(nameof(exits));
        PathDurationMonths = pathDurationMonths ?? throw new ArgumentNullException(nameof(pathDurationMonths));
        Turnover = turnover ?? throw new ArgumentNullException(nameof(turnover));
        Salary = salary ?? throw new ArgumentNullException(nameof(salary));
        Contributions = contributions ?? throw new ArgumentNullException(nameof(contributions));
        Typology = typology ?? throw new ArgumentNullException(nameof(typology));
        SupportBudget = supportBudget;
        Input = input ?? throw new ArgumentNullException(nameof(input));
        PreviousYear = previousYear;
    }

    /// <summary>The year Y.</summary>
    public int Year { get; }

    /// <summary>The flows of support paths.</summary>
    public FlowSection Flows { get; }

    /// <summary>The exits by category and the outcome rates.</summary>
    public ExitSection Exits { get; }

    /// <summary>The path durations of the exits.</summary>
    public DurationSection PathDurationMonths { get; }

    /// <summary>The turnover by reporting unit.</summary>
    public TurnoverSection Turnover { get; }

    /// <summary>The salary hours and FTE by reporting unit.</summary>
    public SalarySection Salary { get; }

    /// <summary>The contributions.</summary>
    public ContributionSection Contributions { get; }

    /// <summary>The typology of the accompanied people.</summary>
    public TypologySection Typology { get; }

    /// <summary>The policy's support budget for Y, when it gives one.</summary>
    public Cae.Domain.Values.Money? SupportBudget { get; }

    /// <summary>Contributions / support budget, rounded to 4 decimals; <c>null</c> without a (non-zero) budget for Y.</summary>
    public decimal? SelfFinancing => SupportBudget is { } budget ? ReportRounding.Rate(Contributions.Total.Euros, budget.Euros) : null;

    /// <summary>How many rows were read from the input and how many kept (the rejected rows themselves travel beside the report).</summary>
    public InputSummary Input { get; }

    /// <summary>The report of Y − 1 when the data covers it; <c>null</c> otherwise.</summary>
    public AnnualReport? PreviousYear { get; }

    /// <summary>A copy with other input counts (the report of the same accepted rows, read from other files).</summary>
    /// <param name="input">The summary.</param>
    public AnnualReport WithInput(InputSummary input) =>
        new(Year, Flows, Exits, PathDurationMonths, Turnover, Salary, Contributions, Typology, SupportBudget, input, PreviousYear);

    /// <summary>The report as an ordered tree of named numbers, with the contract's JSON names.</summary>
    /// <remarks>Its <c>rejected_rows</c> is empty: the writers of <c>Cae.IO</c> take the rejected rows beside the report.</remarks>
    public ReportTree ToTree() => AnnualReportTree.Build(this);

    /// <inheritdoc />
    public bool Equals(AnnualReport? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Year == other.Year
                && Flows.Equals(other.Flows)
                && Exits.Equals(other.Exits)
                && PathDurationMonths.Equals(other.PathDurationMonths)
                && Turnover.Equals(other.Turnover)
                && Salary.Equals(other.Salary)
                && Contributions.Equals(other.Contributions)
                && Typology.Equals(other.Typology)
                && SupportBudget.Equals(other.SupportBudget)
                && Input.Equals(other.Input)
                && Equals(PreviousYear, other.PreviousYear)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AnnualReport other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((((Year * 397) ^ Flows.Total.GetHashCode()) * 397) ^ Turnover.Total.GetHashCode());
}
