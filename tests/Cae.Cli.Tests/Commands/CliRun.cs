using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Cae.Cli.Tests.Commands;

/// <summary>Runs the tool in memory and keeps what it printed.</summary>
internal sealed class CliRun
{
    private CliRun(int code, string stdout, string stderr)
    {
        Code = code;
        Out = stdout;
        Error = stderr;
    }

    public int Code { get; }

    public string Out { get; }

    public string Error { get; }

    public JsonDocument Json => JsonDocument.Parse(Out);

    public static CliRun Of(params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(CultureInfo.InvariantCulture);
        var code = CaeApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the tool with another current culture, then restores it.</summary>
    public static CliRun InCulture(string culture, params string[] args)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return Of(args);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    /// <summary>Writes a policy file next to the test assembly (overwritten on each run) and returns its path.</summary>
    public static string PolicyJson(string name, string json)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "policies");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}
