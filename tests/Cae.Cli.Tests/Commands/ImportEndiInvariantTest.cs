using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Xunit;

namespace Cae.Cli.Tests.Commands;

/// <summary>
/// Headers, month names and labels are folded by the library's own table: <c>cae import endi</c> writes the same
/// files with and without ICU (<c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>), and under a Turkish culture.
/// </summary>
public class ImportEndiInvariantTest
{
    private const string Export =
        "\"ID UTILISATEUR\";\"SEXE\";\"ANTENNE DE RATTACHEMENT\";\"DATE D’ENTRÉE DANS LA CAE\";\"DATE DE CONTRAT\";\"DATE D'ENTRÉE AU SOCIÉTARIAT\";\"DATE DE SORTIE\";\"MOTIF DE SORTIE\";\"CA DÉC. 15\";\"CA FÉVRIER 2015\";\"CA AOÛT 15\"\r\n"
        + "\"1\";\"MADAME\";\"ANTENNE ÎLE-DE-FRANCE\";\" 5/01/2015\";\"\";\"\";\"28/12/2015\";\"DÉMÉNAGEMENT ÉTÉ\";\"1 000,00 €\";\"2\u202F000,00\";\"3\u00A0000,00\"\r\n"
        + "\"2\";\"HOMME\";\"antenne île-de-france\";\" 5/01/2015\";\"\";\"\";\"\";\"\";\"1,00\";\"\";\"\"\r\n";

    private const string Mapping = "{ \"structure\": \"Coopilote\", \"establishments\": { \"Antenne Île-de-France\": \"Paris\" }, \"exit_categories\": { \"déménagement été\": \"other\" } }";

    [SkippableFact]
    public void Imports_the_same_files_without_icu()
    {
        var directory = TestData.NewDirectory();
        var export = Path.Combine(directory, "export.csv");
        var mapping = Path.Combine(directory, "mapping.json");
        File.WriteAllText(export, Export, new UTF8Encoding(false));
        File.WriteAllText(mapping, Mapping, new UTF8Encoding(false));

        var inProcess = CliRun.InCulture("tr-TR", "import", "endi", "--export", export, "--mapping", mapping, "--out", Path.Combine(directory, "a"));
        Assert.True(inProcess.Code == 0, inProcess.Error);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "cae.dll"), "import", "endi", "--export", export, "--mapping", mapping, "--out", Path.Combine(directory, "b") })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SkipException("dotnet is not on the PATH: " + e.Message);
        }

        Assert.NotNull(process);
        var error = process!.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);

        var paths = File.ReadAllText(Path.Combine(directory, "a", "paths.csv"));
        Assert.Contains("1,Paris,Coopilote,2015-01-05,,,,2015-12-28,other,F,", paths, StringComparison.Ordinal);
        Assert.Contains("2,Paris,Coopilote,2015-01-05,,,,,,M,", paths, StringComparison.Ordinal);
        Assert.Equal(paths, File.ReadAllText(Path.Combine(directory, "b", "paths.csv")));
        var activity = File.ReadAllText(Path.Combine(directory, "a", "activity.csv"));
        Assert.Contains("1,2015-02,Coopilote,,2000.00", activity, StringComparison.Ordinal);
        Assert.Contains("1,2015-08,Coopilote,,3000.00", activity, StringComparison.Ordinal);
        Assert.Contains("1,2015-12,Coopilote,,1000.00", activity, StringComparison.Ordinal);
        Assert.Equal(activity, File.ReadAllText(Path.Combine(directory, "b", "activity.csv")));
    }
}
