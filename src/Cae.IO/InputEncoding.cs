namespace Cae.IO;

/// <summary>The encoding an input file was detected to be in.</summary>
public enum InputEncoding
{
    /// <summary>UTF-8 without byte-order mark (plain ASCII included).</summary>
    Utf8 = 0,

    /// <summary>UTF-8 with its byte-order mark (what Excel writes for "CSV UTF-8").</summary>
    Utf8WithBom = 1,

    /// <summary>Windows-1252 (what a French Excel writes for "CSV (séparateur : point-virgule)").</summary>
    Windows1252 = 2,
}
