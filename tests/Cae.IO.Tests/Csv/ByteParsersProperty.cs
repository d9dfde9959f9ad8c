using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Cae.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// The parsers that read cells from their bytes, without a string, agree with their specification and with the
/// text parsers the reader falls back on: a month as <see cref="ContractDates.TryParseMonth(string, out NodaTime.YearMonth)"/>
/// reads it, a date as <see cref="ContractDates.TryParseDate(string, out NodaTime.LocalDate)"/> and, in the usual form,
/// as NodaTime's ISO pattern reads it, an amount as <c>[-+]digits[.d[d]]</c> with at most 15 integer digits.
/// </summary>
public class ByteParsersProperty
{
    private static readonly Regex IsoDay = new(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant);

    private static readonly Regex PlainAmount = new(@"^[-+]?[0-9]{0,15}(\.[0-9]{1,2})?$", RegexOptions.CultureInvariant);

    private static Gen<string> Texts(string alphabet, int longest) =>
        from length in Gen.Choose(0, longest)
        from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
        select new string(chars);

    private static Gen<string> Months() => Gen.OneOf(
        Texts("0123456789-/", 9),
        from y in Gen.Choose(0, 9999)
        from m in Gen.Choose(0, 19)
        from form in Gen.Elements("{0:0000}-{1:00}", "{1}/{0:0000}", "{1:00}/{0:0000}", "{0:0000}-{1}", " {0:0000}-{1:00}")
        select string.Format(CultureInfo.InvariantCulture, form, y, m));

    private static Gen<string> Amounts() => Gen.OneOf(
        Texts("0123456789.-+ ,€x", 8),
        Texts("0123456789", 20),
        from whole in Texts("0123456789", 17)
        from sign in Gen.Elements(string.Empty, "-", "+")
        from fraction in Gen.Elements(string.Empty, ".", ".5", ".50", ".05", ".505", ".x", ",5")
        select sign + whole + fraction);

    [Property(MaxTest = 2000)]
    public Property A_month_reads_the_same_from_its_bytes_as_from_its_text() =>
        Prop.ForAll(Months().ToArbitrary(), text =>
        {
            var fromText = ContractDates.TryParseMonth(text, out var month);
            var fromBytes = ContractDates.TryParseMonth(Encoding.ASCII.GetBytes(text), out var year, out var m);
            Assert.Equal(fromText, fromBytes);
            if (fromBytes)
            {
                Assert.Equal((month.Year, month.Month), (year, m));
            }
        });

    private static Gen<string> Dates() => Gen.OneOf(
        Texts("0123456789-/ ", 11),
        from y in Gen.Choose(0, 9999)
        from m in Gen.Choose(0, 13)
        from d in Gen.Choose(0, 32)
        from form in Gen.Elements("{0:0000}-{1:00}-{2:00}", "{2}/{1}/{0:0000}", "{2:00}/{1:00}/{0:0000}", "{0:0000}-{1}-{2}", "{0:0000}-{1:00}-{2:00} ")
        select string.Format(CultureInfo.InvariantCulture, form, y, m, d));

    [Property(MaxTest = 2000)]
    public Property A_date_reads_the_same_from_its_bytes_as_from_its_text_and_as_the_ISO_pattern() =>
        Prop.ForAll(Dates().ToArbitrary(), text =>
        {
            var fromText = ContractDates.TryParseDate(text, out var date);
            var fromBytes = ContractDates.TryParseDate(Encoding.ASCII.GetBytes(text), out var byteDate);
            Assert.Equal(fromText, fromBytes);
            Assert.Equal(date, byteDate);
            if (IsoDay.IsMatch(text))
            {
                // The usual form: exactly the days of the ISO calendar from year 1.
                var iso = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
                Assert.Equal(iso.Success && iso.Value.Year >= 1, fromBytes);
                if (fromBytes)
                {
                    Assert.Equal(iso.Value, byteDate);
                }
            }
        });

    [Fact]
    public void The_days_of_a_month_are_the_ISO_calendar_s_from_year_1_to_9999()
    {
        for (var year = 1; year <= 9999; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                Assert.Equal(NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month), ContractDates.DaysInMonth(year, month));
            }
        }
    }

    [Property(MaxTest = 2000)]
    public Property An_amount_is_read_from_its_bytes_exactly_when_it_is_plain() =>
        Prop.ForAll(Amounts().ToArbitrary(), text =>
        {
            var plain = PlainAmount.IsMatch(text) && text.Any(char.IsAsciiDigit);
            var read = AsciiCell.TryCents(Encoding.UTF8.GetBytes(text), (byte)'.', out var cents);
            Assert.Equal(plain, read);
            if (read)
            {
                Assert.Equal(decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * 100m, cents);
            }
        });

    [Theory]
    [InlineData("2015-08", 2015, 8)]
    [InlineData("2015-09", 2015, 9)]
    [InlineData("1999-12", 1999, 12)]
    [InlineData("0001-01", 1, 1)]
    public void Months_of_every_digit_read_from_their_bytes(string text, int year, int month)
    {
        Assert.True(ContractDates.TryParseMonth(Encoding.ASCII.GetBytes(text), out var y, out var m));
        Assert.Equal((year, month), (y, m));
    }

    [Theory]
    [InlineData("-.5", -50)]
    [InlineData("+7", 700)]
    [InlineData("123456789012345.99", 12345678901234599)]
    [InlineData("0.1", 10)]
    public void Plain_amounts_read_from_their_bytes(string text, long cents)
    {
        Assert.True(AsciiCell.TryCents(Encoding.ASCII.GetBytes(text), (byte)'.', out var read));
        Assert.Equal(cents, read);
    }

    [Theory]
    [InlineData("1234567890123456")]
    [InlineData("5.")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.234")]
    [InlineData("1,5")]
    [InlineData(" 1")]
    public void Other_amounts_are_left_to_the_text_reader(string text)
    {
        Assert.False(AsciiCell.TryCents(Encoding.ASCII.GetBytes(text), (byte)'.', out _));
    }
}
