namespace Cae.IO.Reports.Markdown;

/// <summary>The one Markdown escaper of the writers: a text safe in a table cell or a heading.</summary>
internal static class MarkdownText
{
    /// <summary>The text with <c>|</c> escaped and line breaks as spaces.</summary>
    /// <param name="text">The text.</param>
    public static string Escape(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    /// <summary>The text as inline code: back quotes become quotes.</summary>
    /// <param name="text">The text.</param>
    public static string Code(string text) => "`" + text.Replace("`", "'") + "`";
}
