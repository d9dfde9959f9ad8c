namespace Cae.Rules.Indicators;

/// <summary>What a number of the report measures, so that writers format it and comparisons treat it rightly.</summary>
public enum ReportValueKind
{
    /// <summary>A whole number of people, paths or exits.</summary>
    Count = 0,

    /// <summary>An amount in euros, exact to the cent.</summary>
    Amount = 1,

    /// <summary>A number of salary hours, exact to the hundredth.</summary>
    Hours = 2,

    /// <summary>A fraction (rate, share, growth), rounded to 4 decimals.</summary>
    Rate = 3,

    /// <summary>An average or a full-time equivalent, rounded to 2 decimals.</summary>
    Average = 4,

    /// <summary>A year.</summary>
    Year = 5,
}
