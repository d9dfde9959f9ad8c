using Cae.Domain.Paths;

namespace Cae.IO.Reports.Labels;

/// <summary>The report in French (the default): the words of the annual activity report (bilan d'activité).</summary>
public sealed partial class FrenchReportLabels : ReportLabels
{
    private FrenchReportLabels()
    {
    }

    /// <summary>The one instance.</summary>
    public static FrenchReportLabels Instance { get; } = new();

    /// <inheritdoc />
    public override string Language => "fr";

    /// <inheritdoc />
    public override string Title(int year) => "Bilan d'activité " + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Total => "Total";

    /// <inheritdoc />
    public override string Establishment => "Établissement";

    /// <inheritdoc />
    public override string Structure => "Structure";

    /// <inheritdoc />
    public override string Unit => "Unité";

    /// <inheritdoc />
    public override string Indicator => "Indicateur";

    /// <inheritdoc />
    public override string Value => "Valeur";

    /// <inheritdoc />
    public override string PreviousYear(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Growth => "Évolution";

    /// <inheritdoc />
    public override string FlowsByEstablishment => "Flux des entrepreneurs accompagnés par établissement";

    /// <inheritdoc />
    public override string FlowsByStructure => "Flux des entrepreneurs accompagnés par structure";

    /// <inheritdoc />
    public override string AccompaniedByEstablishmentAndStructure => "Entrepreneurs accompagnés par établissement et structure";

    /// <inheritdoc />
    public override string PresentStart => "Présents au 1er janvier";

    /// <inheritdoc />
    public override string Entries => "Entrées";

    /// <inheritdoc />
    public override string Accompanied => "Accompagnés";

    /// <inheritdoc />
    public override string Exits => "Sorties";

    /// <inheritdoc />
    public override string PresentEnd => "Présents au 31 décembre";

    /// <inheritdoc />
    public override string ExitsByEstablishment => "Sorties par catégorie et par établissement";

    /// <inheritdoc />
    public override string ExitsByStructure => "Sorties par catégorie et par structure";

    /// <inheritdoc />
    public override string Outcomes => "Sorties positives et pérennisations";

    /// <inheritdoc />
    public override string PositiveExits => "Sorties positives";

    /// <inheritdoc />
    public override string PerennialExits => "Pérennisations";

    /// <inheritdoc />
    public override string PositiveRate => "Taux de sorties positives";

    /// <inheritdoc />
    public override string PerennialRate => "Taux de pérennisation";

    /// <inheritdoc />
    public override string Durations => "Durée moyenne des parcours par type de sortie";

    /// <inheritdoc />
    public override string AllExits => "Toutes sorties";

    /// <inheritdoc />
    public override string AverageMonths => "Mois";

    /// <inheritdoc />
    public override string TurnoverByUnit => "Chiffre d'affaires HT (€) par unité";

    /// <inheritdoc />
    public override string TurnoverByStructure => "Chiffre d'affaires HT (€) des associés par structure";

    /// <inheritdoc />
    public override string TurnoverComparison => "Évolution du chiffre d'affaires HT (€)";

    /// <inheritdoc />
    public override string TurnoverAssociates => "CA des associés";

    /// <inheritdoc />
    public override string TurnoverAccompanied => "CA des accompagnés";

    /// <inheritdoc />
    public override string TurnoverTotal => "CA total";

    /// <inheritdoc />
    public override string SalariedAccompanied => "Entrepreneurs salariés accompagnés";

    /// <inheritdoc />
    public override string AveragePerSalariedAccompanied => "CA moyen par entrepreneur salarié accompagné";

    /// <inheritdoc />
    public override string AssociatesCount => "Entrepreneurs associés";

    /// <inheritdoc />
    public override string AveragePerAssociate => "CA moyen par entrepreneur associé";

    /// <inheritdoc />
    public override string SalaryByUnit => "Heures salariées des entrepreneurs accompagnés et ETP";

    /// <inheritdoc />
    public override string Salaried => "Entrepreneurs salariés";

    /// <inheritdoc />
    public override string Hours => "Heures salariées";

    /// <inheritdoc />
    public override string Fte => "ETP";

    /// <inheritdoc />
    public override string AverageHoursPerSalariedPerMonth => "Heures moyennes par salarié et par mois";

    /// <inheritdoc />
    public override string ContributionsByStructureAndEstablishment => "Contributions coopératives (€) par établissement et structure";

    /// <inheritdoc />
    public override string AssociatesShare => "Part des associés";

    /// <inheritdoc />
    public override string ContributionsComparison => "Évolution des contributions coopératives (€)";

    /// <inheritdoc />
    public override string SelfFinancing => "Autofinancement de la structure d'accompagnement";

    /// <inheritdoc />
    public override string Typology => "Typologie des entrepreneurs accompagnés";

    /// <inheritdoc />
    public override string WomenShare => "Part des femmes";

    /// <inheritdoc />
    public override string Qualification => "Niveau de qualification";

    /// <inheritdoc />
    public override string StatusAtEntry => "Statut à l'entrée";

    /// <inheritdoc />
    public override string IncomeAtEntry => "Revenus à l'entrée";

    /// <inheritdoc />
    public override string Prescriber => "Prescripteur";

    /// <inheritdoc />
    public override string ResidenceArea => "Lieu de résidence";

    /// <inheritdoc />
    public override string People => "Personnes";

    /// <inheritdoc />
    public override string UnknownValue => "Non renseigné";

    /// <inheritdoc />
    public override string Input => "Données lues";

    /// <inheritdoc />
    public override string PathsRead => "Parcours lus";

    /// <inheritdoc />
    public override string PathsAccepted => "Parcours retenus";

    /// <inheritdoc />
    public override string ActivityRead => "Lignes d'activité lues";

    /// <inheritdoc />
    public override string ActivityAccepted => "Lignes d'activité retenues";

    /// <inheritdoc />
    public override string RejectedRows => "Lignes rejetées";

    /// <inheritdoc />
    public override string Category(ExitCategory category) => category.Value switch
    {
        0 => "Création",
        1 => "Associé",
        2 => "Emploi",
        3 => "Formation",
        4 => "Réorientation",
        _ => "Autre",
    };

    /// <inheritdoc />
    protected override string GroupSeparator => "\u00A0";

    /// <inheritdoc />
    protected override string DecimalSeparator => ",";

    /// <inheritdoc />
    protected override string PercentSuffix => "\u00A0%";
}
