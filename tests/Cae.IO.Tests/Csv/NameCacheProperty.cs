using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Cae.IO.Csv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// <see cref="NameCache"/> gives every cell its decoded text, and the same string object for the same bytes; its
/// two words tell apart any two cells of the same length up to 16 bytes.
/// </summary>
public class NameCacheProperty
{
    private static Gen<byte[]> Cells() =>
        from length in Gen.Frequency((6, Gen.Choose(0, 17)), (1, Gen.Choose(18, 40)))
        from bytes in Gen.ArrayOf(Gen.Elements((byte)'a', (byte)'b', (byte)'A', (byte)' ', (byte)'0', (byte)0xC3, (byte)0xA9), length)
        select bytes;

    private static RecordText Utf8() => new(new ByteCsvReader(new MemoryStream(), 16), windows1252: false);

    [Property(MaxTest = 300)]
    public Property Each_cell_gets_its_text_and_equal_bytes_the_same_string() =>
        Prop.ForAll(Gen.ArrayOf(Cells(), 60).ToArbitrary(), cells =>
        {
            var cache = new NameCache(Utf8());
            var seen = new Dictionary<string, string>();
            foreach (var cell in cells.Concat(cells.Reverse()))
            {
                var name = cache.Get(cell);
                var key = string.Concat(cell.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
                Assert.Equal(Encoding.UTF8.GetString(cell), name);
                if (seen.TryGetValue(key, out var earlier))
                {
                    Assert.Same(earlier, name);
                }
                else
                {
                    seen.Add(key, name);
                }
            }
        });

    [Property(MaxTest = 2000)]
    public Property Two_short_cells_of_one_length_have_different_words_unless_equal() =>
        Prop.ForAll(Gen.Choose(0, 16).SelectMany(n => Gen.Two(Gen.ArrayOf(Gen.Elements((byte)'a', (byte)'b', (byte)0), n))).ToArbitrary(), pair =>
        {
            var (a, b) = pair;
            NameCache.Fold(a, out var lowA, out var highA);
            NameCache.Fold(b, out var lowB, out var highB);
            Assert.Equal(a.SequenceEqual(b), (lowA, highA) == (lowB, highB));
        });

    [Fact]
    public void Long_cells_alike_at_both_ends_are_told_apart()
    {
        // Over 16 bytes the words only sum a cell up: "abcdefgh-X-12345678" and "-Y-" share them.
        var cache = new NameCache(Utf8());
        foreach (var middle in new[] { "X", "Y", "Y", "X", "Z" })
        {
            var text = "abcdefgh-" + middle + "-12345678";
            Assert.Equal(text, cache.Get(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Fact]
    public void Names_beyond_its_capacity_are_still_decoded()
    {
        var cache = new NameCache(Utf8());
        for (var i = 0; i < 2000; i++)
        {
            var text = "name " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(text, cache.Get(Encoding.UTF8.GetBytes(text)));
        }

        Assert.Equal("name 7", cache.Get(Encoding.UTF8.GetBytes("name 7")));
    }
}
