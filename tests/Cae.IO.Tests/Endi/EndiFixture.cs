using System.Collections.Generic;
using System.Linq;
using System.Text;
using Cae.Domain.Paths;
using Cae.IO.Endi;
using NodaTime;

namespace Cae.IO.Tests.Endi;

/// <summary>One person's row of an enDI turnover export, as text cells (enDI's own formats).</summary>
internal sealed record EndiPerson(
    string Id,
    string Entry,
    string Antenna = "Antenne de Besançon",
    string Contract = "",
    string Societariat = "",
    string Exit = "",
    string Reason = "",
    string Sex = "F",
    string Zone = "",
    string Status = "",
    string Total = "",
    string[]? Months = null);

/// <summary>Writes enDI exports of "Chiffre d'affaire par entrepreneur" for tests, the way enDI does.</summary>
internal static class EndiFixture
{
    private static readonly string[] FrenchMonths = { "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc." };

    public static EndiMapping Mapping { get; } = new(
        "Coopilote",
        new Dictionary<string, string> { ["Antenne de Besançon"] = "Besançon" },
        new Dictionary<string, ExitCategory?>
        {
            ["Exerce une activité d'indépendant"] = ExitCategory.Creation,
            ["Exerce un emploi durable (CDI ou CDD)"] = ExitCategory.Employment,
            ["Abandon du projet"] = ExitCategory.Other,
        });

    /// <summary>The headers of enDI's query, then <c>CA mois yy</c> for each month of the year.</summary>
    public static string Header(int year, IEnumerable<string>? drop = null) =>
        Line(Columns.Where(c => drop is null || !drop.Contains(c)).Concat(FrenchMonths.Select(m => $"CA {m} {year % 100:D2}")));

    /// <summary>An export of a year: every cell quoted, <c>;</c>, CRLF.</summary>
    public static string Export(int year, params EndiPerson[] people) =>
        Header(year) + string.Concat(people.Select(p => Line(Cells(p))));

    public static IEnumerable<string> Cells(EndiPerson p)
    {
        var months = p.Months ?? new string[0];
        return new[]
        {
            p.Id, "INT-" + p.Id, "", "Madame", "Nom", "Prénom " + p.Id, p.Sex, "40", "25000", "Besançon", p.Zone, "", p.Status, "",
            p.Antenna, "", p.Entry, "12", p.Contract, p.Societariat, p.Exit, p.Reason, "", "", "", "", "", "", p.Total,
        }.Concat(Enumerable.Range(0, 12).Select(i => i < months.Length ? months[i] : "0,00"));
    }

    public static string Line(IEnumerable<string> cells) => string.Join(";", cells.Select(c => "\"" + c.Replace("\"", "\"\"") + "\"")) + "\r\n";

    public static EndiImport Import(params (string Name, string Text)[] exports) => Import(Mapping, exports);

    public static EndiImport Import(EndiMapping mapping, params (string Name, string Text)[] exports) =>
        EndiExport.Import(exports.Select(e => (Encoding.UTF8.GetBytes(e.Text), e.Name)).ToList(), mapping, null, null);

    public static YearMonth Month(int year, int month) => new(year, month);

    private static readonly string[] Columns =
    {
        "ID Utilisateur", "Identifiant interne", "Code(s) analytique(s)", "Civilité", "Nom", "Prénom", "Sexe", "Age", "Code postal",
        "Ville", "Zone d'habitation", "Qualification de la zone d'habitation", "Statut social à l'entrée", "Statut social actuel",
        "Antenne de rattachement", "Situation actuelle dans la CAE", "Date d'entrée dans la CAE", "Ancienneté (en mois)", "Date de contrat",
        "Date d'entrée au sociétariat", "Date de sortie", "Motif de sortie", "-----", "Typologie d'activité", "Enseigne(s)",
        "Descriptif(s) d'activité(s)", "Domaine d’activité principal", "-----", "CA TOTAL",
    };
}
