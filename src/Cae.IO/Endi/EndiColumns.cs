using System.Collections.Generic;

namespace Cae.IO.Endi;

/// <summary>The headers of enDI's data queries that the import reads (contract §5'), as enDI writes them.</summary>
internal static class EndiColumns
{
    public const string UserId = "ID Utilisateur";
    public const string LastName = "Nom";
    public const string FirstName = "Prénom";
    public const string Sex = "Sexe";
    public const string Zone = "Zone d'habitation";
    public const string StatusAtEntry = "Statut social à l'entrée";
    public const string Antenna = "Antenne de rattachement";
    public const string EntryDate = "Date d'entrée dans la CAE";
    public const string ContractDate = "Date de contrat";
    public const string SocietariatDate = "Date d'entrée au sociétariat";
    public const string ExitDate = "Date de sortie";
    public const string ExitReason = "Motif de sortie";
    public const string Total = "CA TOTAL";
    public const string StudyLevel = "Niveau d'études";
    public const string Prescriber = "Prescripteur";
    public const string BirthDate = "Date de naissance";

    /// <summary>Every header of "Chiffre d'affaire par entrepreneur" before its month columns, in its order.</summary>
    public static readonly IReadOnlyList<string> Export = new[]
    {
        UserId, "Identifiant interne", "Code(s) analytique(s)", "Civilité", LastName, FirstName, Sex, "Age", "Code postal",
        "Ville", Zone, "Qualification de la zone d'habitation", StatusAtEntry, "Statut social actuel", Antenna,
        "Situation actuelle dans la CAE", EntryDate, "Ancienneté (en mois)", ContractDate, SocietariatDate, ExitDate,
        ExitReason, "-----", "Typologie d'activité", "Enseigne(s)", "Descriptif(s) d'activité(s)",
        "Domaine d’activité principal", Total,
    };

    /// <summary>The headers an export cannot do without.</summary>
    public static readonly IReadOnlyList<string> ExportRequired = new[]
    {
        UserId, Antenna, EntryDate, ContractDate, SocietariatDate, ExitDate, ExitReason,
    };

    /// <summary>The headers "porteurs actifs sur la période" gives to the typology, with its key.</summary>
    public static readonly IReadOnlyList<string> People = new[] { UserId, StudyLevel, Prescriber, BirthDate, StatusAtEntry };

    /// <summary>The headers the people file cannot do without.</summary>
    public static readonly IReadOnlyList<string> PeopleRequired = new[] { UserId };
}
