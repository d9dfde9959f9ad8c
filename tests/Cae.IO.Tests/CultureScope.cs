using System;
using System.Globalization;

namespace Cae.IO.Tests;

/// <summary>Sets the current culture and UI culture for the life of the scope, then restores them.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    /// <summary>Sets a culture; the empty name is the invariant culture.</summary>
    public CultureScope(string name)
    {
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        var next = name.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = next;
        CultureInfo.CurrentUICulture = next;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
