using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace Cae.Rules.Tests.Docs;

/// <summary>
/// Every public member of a public type of Cae.Domain, Cae.Rules and Cae.IO that throws (a <c>throw new X(</c> in its
/// body) documents it with <c>&lt;exception cref="X"&gt;</c>. The scan reads the sources: a member's body runs from
/// its declaration to the next member of the same indentation. Exceptions thrown by the methods it calls are not seen.
/// </summary>
public class ExceptionDocsTest
{
    private static readonly Regex Member = new(
        @"^(\s*)public\s+(?:(\w+)\s*\(|(?!(?:sealed\s+|static\s+|abstract\s+|partial\s+|readonly\s+)*(?:class|struct|record|interface|enum)\b)[^=;]*?[\w>\]?]\s+(\w+)\s*(?:\(|\{|=>|$))",
        RegexOptions.CultureInvariant);

    private static readonly Regex Type = new(
        @"^(\s*)((?:public|internal|private|protected|file)\s+)?(?:(?:sealed|static|abstract|partial|readonly|unsafe)\s+)*(?:class|struct|record|interface|enum)\s+\w+",
        RegexOptions.CultureInvariant);

    private static readonly Regex AnyMember = new(@"^(\s*)(?:public|private|internal|protected)\s", RegexOptions.CultureInvariant);

    private static readonly Regex Throw = new(@"throw new ([\w.]+)\s*\(", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_public_member_that_throws_documents_the_exception()
    {
        var missing = new List<string>();
        foreach (var project in new[] { "Cae.Domain", "Cae.Rules", "Cae.IO" })
        {
            var folder = Path.Combine(RepositoryRoot(), "src", project);
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
            {
                missing.AddRange(Scan(File.ReadAllLines(file)).Select(m => Path.GetRelativePath(RepositoryRoot(), file) + ": " + m));
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void The_scan_finds_an_undocumented_throw_and_accepts_a_documented_one()
    {
        var source = new[]
        {
            "public sealed class Sample",
            "{",
            "    /// <summary>Undocumented.</summary>",
            "    public int Bad(string s)",
            "    {",
            "        return s?.Length ?? throw new ArgumentNullException(nameof(s));",
            "    }",
            "",
            "    /// <summary>Documented.</summary>",
            "    /// <exception cref=\"System.ArgumentNullException\"><paramref name=\"s\"/> is <c>null</c>.</exception>",
            "    public int Good(string s) => s?.Length ?? throw new ArgumentNullException(nameof(s));",
            "}",
            "internal sealed class Hidden",
            "{",
            "    public int Skipped(string s) => throw new InvalidOperationException();",
            "}",
        };

        Assert.Equal(new[] { "line 4: Bad throws ArgumentNullException" }, Scan(source));
    }

    private static IEnumerable<string> Scan(string[] lines)
    {
        var types = new List<(int Indent, bool Public)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var type = Type.Match(line);
            if (type.Success)
            {
                var indent = type.Groups[1].Length;
                types.RemoveAll(t => t.Indent >= indent);
                var outerPublic = types.All(t => t.Public);
                types.Add((indent, type.Groups[2].Value.Trim() == "public" && outerPublic));
                continue;
            }

            var member = Member.Match(line);
            if (!member.Success)
            {
                continue;
            }

            var memberIndent = member.Groups[1].Value;
            var enclosing = types.Where(t => t.Indent < memberIndent.Length).ToList();
            if (enclosing.Count == 0 || !enclosing[enclosing.Count - 1].Public)
            {
                continue;
            }

            var doc = string.Join("\n", lines.Take(i).Reverse().TakeWhile(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal) || l.TrimStart().StartsWith("[", StringComparison.Ordinal)));
            if (doc.Contains("<inheritdoc", StringComparison.Ordinal))
            {
                continue;
            }

            var body = new List<string> { line };
            for (var k = i + 1; k < lines.Length; k++)
            {
                var next = lines[k];
                var other = AnyMember.Match(next);
                var closesType = next.Trim() == "}" && next.Length - next.TrimStart().Length < memberIndent.Length;
                if (next.StartsWith(memberIndent + "///", StringComparison.Ordinal) || (other.Success && other.Groups[1].Length == memberIndent.Length) || closesType)
                {
                    break;
                }

                body.Add(next);
            }

            var name = member.Groups[2].Success ? member.Groups[2].Value : member.Groups[3].Value;
            foreach (var thrown in Throw.Matches(string.Join("\n", body)).Select(m => m.Groups[1].Value.Split('.').Last()).Distinct().OrderBy(t => t, StringComparer.Ordinal))
            {
                if (!Regex.IsMatch(doc, "<exception cref=\"[\\w.]*" + Regex.Escape(thrown) + "\"", RegexOptions.CultureInvariant))
                {
                    yield return FormattableString.Invariant($"line {i + 1}: {name} throws {thrown}");
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cae.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cae.sln not found above " + AppContext.BaseDirectory);
    }
}
