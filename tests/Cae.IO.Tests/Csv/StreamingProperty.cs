using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Cae.IO.Tests.Csv;

/// <summary>
/// The loader streams through a bounded buffer: random rows (good and bad, quoted cells over several lines, every
/// kind of line break, empty lines, stray bytes), split across random buffer and read boundaries, load exactly as
/// one read of the whole file; every row read is either accepted or rejected, never both, never neither; and the
/// order of the rows does not change which rows are accepted.
/// </summary>
public class StreamingProperty
{
    private const string PathsHeader = "entrepreneur_id,establishment,structure,entry_date,exit_date,exit_category";
    private const string ActivityHeader = "entrepreneur_id,month,structure,turnover,contribution,salary_hours";

    private static readonly string[] Ids = { "E1", "E2", "E3", "E4", " E5 ", "\"E6\"" };

    private static Gen<string> Breaks() => Gen.Elements("\n", "\r\n", "\r", "\n\n", "\r\n\r\n");

    private static Gen<string> PathRows() =>
        from id in Gen.Elements(Ids)
        from establishment in Gen.Elements("Besançon", "\"Mont\nbéliard\"", "", "B\u00e9", "\"a,\"\"b\"\"\"")
        from entry in Gen.Elements("2015-01-05", " 5/03/2015", "2015-02-30", "1899-12-31", "")
        from exit in Gen.Elements("", "2015-06-30", "2014-01-01")
        from category in Gen.Elements("", "autre", "creation", "retraite")
        from cut in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select cut ? $"{id},{establishment}" : $"{id},{establishment},C,{entry},{exit},{category}";

    private static Gen<string> ActivityRows() =>
        from id in Gen.Elements(Ids.Concat(new[] { "E9" }).ToArray())
        from month in Gen.Elements("2015-01", "2015-02", "3/2015", "1899-12", "2015-13", "")
        from structure in Gen.Elements("C", "Coopilote", "\"Bati\ncoop\"", "Formaçoop")
        from turnover in Gen.Elements("10", "-12.5", "1234.56", "0.125", "1e3", "\"1,5\"", "1000000000000.01", "12 €", "")
        from contribution in Gen.Elements("", "1", "0.10", "x")
        from hours in Gen.Elements("", "0", "151.67", "744.01", "-1")
        from cut in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select cut ? $"{id},{month},{structure}" : $"{id},{month},{structure},{turnover},{contribution},{hours}";

    private static Gen<string> Files(string header, Gen<string> rows) =>
        from list in Gen.ListOf(rows)
        from breaks in Gen.ArrayOf(Breaks(), list.Count + 1)
        select header + breaks[0] + string.Concat(list.Select((r, i) => r + breaks[i + 1]));

    private static Gen<(string Paths, string Activity, int Buffer, int Chunk)> Cases() =>
        from paths in Files(PathsHeader, PathRows())
        from activity in Files(ActivityHeader, ActivityRows())
        from buffer in Gen.Choose(1, 64)
        from chunk in Gen.Choose(1, 37)
        select (paths, activity, buffer, chunk);

    private static LoadResult Whole(byte[] paths, byte[] activity) =>
        ContractCsv.Load(paths, "paths.csv", activity, "activity.csv", null);

    private static LoadResult Split(byte[] paths, byte[] activity, int buffer, int chunk)
    {
        var random = new System.Random(chunk);
        return ContractCsv.Load(
            new ForwardOnlyStream(paths, () => random.Next(1, chunk + 1)),
            "paths.csv",
            new ForwardOnlyStream(activity, () => random.Next(1, chunk + 1)),
            "activity.csv",
            null,
            buffer);
    }

    private static byte[] Bytes(string text, bool stray)
    {
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var headerEnd = bytes.FindIndex(b => b == (byte)'\n' || b == (byte)'\r');
        if (stray && headerEnd > 0 && bytes.Count - headerEnd > 10)
        {
            bytes.Insert((headerEnd + bytes.Count) / 2, 0xE9); // a Windows-1252 é in a UTF-8 file, after the header
        }

        return bytes.ToArray();
    }

    [Property(MaxTest = 300)]
    public Property Rows_split_across_any_buffer_and_read_boundaries_load_as_one_read() =>
        Prop.ForAll(Cases().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (c, stray) =>
        {
            var paths = Bytes(c.Paths, stray);
            var activity = Bytes(c.Activity, !stray);
            var whole = Whole(paths, activity);
            var split = Split(paths, activity, c.Buffer, c.Chunk);
            Assert.Equal(whole.Rejections, split.Rejections);
            Assert.Equal(whole.Warnings, split.Warnings);
            Assert.Equal((whole.PathsRead, whole.ActivityRead), (split.PathsRead, split.ActivityRead));
            Assert.Equal(whole.Paths.Select(RowText.Of), split.Paths.Select(RowText.Of));
            Assert.Equal(whole.ActivityRows.Select(RowText.Of), split.ActivityRows.Select(RowText.Of));
            Assert.Equal((whole.PathsFile, whole.ActivityFile), (split.PathsFile, split.ActivityFile));
        });

    [Property(MaxTest = 300)]
    public Property Every_row_read_is_either_accepted_or_rejected() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var result = Whole(Encoding.UTF8.GetBytes(c.Paths), Encoding.UTF8.GetBytes(c.Activity));
            var pathsRejected = result.Rejections.Where(r => r.File == "paths.csv").Select(r => r.Line).ToList();
            var activityRejected = result.Rejections.Where(r => r.File == "activity.csv").Select(r => r.Line).ToList();
            var pathsAccepted = Enumerable.Range(0, result.PathsAccepted).Select(result.PathLineOf).ToList();

            // Never both: no row has two rejections, no accepted path row is rejected.
            Assert.Equal(pathsRejected.Count, pathsRejected.Distinct().Count());
            Assert.Equal(activityRejected.Count, activityRejected.Distinct().Count());
            Assert.Empty(pathsAccepted.Intersect(pathsRejected));

            // Never neither: the accepted and the rejected add up to the rows read.
            Assert.Equal(result.PathsRead, result.PathsAccepted + pathsRejected.Count);
            Assert.Equal(result.ActivityRead, result.ActivityAccepted + activityRejected.Count);
        });

    [Property(MaxTest = 200)]
    public Property The_order_of_the_rows_does_not_change_which_are_accepted() =>
        Prop.ForAll(
            Gen.ListOf(ActivityRows()).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            (rows, seed) =>
            {
                var paths = Encoding.UTF8.GetBytes(PathsHeader + "\nE1,B,C,2015-01-05,,\nE2,B,C,2015-01-05,,\nE3,B,C,2015-01-05,,\nE4,B,C,2015-01-05,,\nE5,B,C,2015-01-05,,\nE6,B,C,2015-01-05,,\n");

                // Without repeated keys (where the first one in the file wins), the order is free.
                var unique = rows.GroupBy(r => string.Join(",", r.Split(',').Take(3))).Select(g => g.First()).ToList();
                var random = new System.Random(seed);
                var shuffled = unique.OrderBy(_ => random.Next()).ToList();
                var straight = Whole(paths, Encoding.UTF8.GetBytes(ActivityHeader + "\n" + string.Join("\n", unique) + "\n"));
                var mixed = Whole(paths, Encoding.UTF8.GetBytes(ActivityHeader + "\n" + string.Join("\n", shuffled) + "\n"));
                Assert.Equal(straight.ActivityRows.Select(RowText.Of).OrderBy(t => t, System.StringComparer.Ordinal), mixed.ActivityRows.Select(RowText.Of).OrderBy(t => t, System.StringComparer.Ordinal));
                Assert.Equal(straight.Rejections.Count, mixed.Rejections.Count);
            });
}
