namespace Cae.Cli.Infrastructure;

/// <summary>The exit codes of the data contract (§2), and the one for a fault of the tool itself.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Input rows were rejected; the output was still produced from the accepted rows.</summary>
    public const int RejectedRows = 1;

    /// <summary>A usage error, an unreadable file, or a write error on the output.</summary>
    public const int UsageError = 2;

    /// <summary>An internal error: a fault of the tool, not of its input (reported on one line, never with a stack trace).</summary>
    public const int InternalError = 3;
}
