using System;
using System.Globalization;

namespace Cae.Domain.Tests.TestHelpers;

/// <summary>Sets the current culture and UI culture of the thread until disposed.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    /// <summary>Switches to the named culture, e.g. <c>fr-FR</c>.</summary>
    public CultureScope(string name)
    {
        culture = CultureInfo.CurrentCulture;
        uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
