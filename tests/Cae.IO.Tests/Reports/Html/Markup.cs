using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace Cae.IO.Tests.Reports.Html;

/// <summary>Parses the writers' markup as XML, which proves it well-formed.</summary>
internal static class Markup
{
    /// <summary>Parses a page or an SVG element (the HTML doctype is skipped).</summary>
    public static XDocument Parse(string markup)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new StringReader(markup), settings);
        return XDocument.Load(reader);
    }
}
