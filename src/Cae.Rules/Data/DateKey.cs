using NodaTime;

namespace Cae.Rules.Data;

/// <summary>
/// A date packed in an int as year × 512 + month × 32 + day: ordered like the dates, compared in one
/// instruction, and taken apart with shifts. The bulk loops compare these keys instead of <see cref="LocalDate"/>s.
/// </summary>
internal static class DateKey
{
    /// <summary>The key of an absent date: after every date.</summary>
    public const int None = int.MaxValue;

    public static int Of(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    public static int Of(LocalDate? date) => date is { } d ? Of(d) : None;

    public static int Year(int key) => key >> 9;

    public static int Month(int key) => (key >> 5) & 15;

    public static int Day(int key) => key & 31;
}
