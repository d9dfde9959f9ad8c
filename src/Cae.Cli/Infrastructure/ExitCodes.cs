namespace Cae.Cli.Infrastructure;

/// <summary>The exit codes of the data contract (§2).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Input rows were rejected; the output was still produced from the accepted rows.</summary>
    public const int RejectedRows = 1;

    /// <summary>A usage error or an unreadable file.</summary>
    public const int UsageError = 2;
}
