using System.Collections.Generic;
using System.Globalization;

namespace Cae.IO.Reports.Labels;

/// <summary>The French words of the HTML pages.</summary>
public sealed partial class FrenchReportLabels
{
    private static readonly Dictionary<string, string> FrenchTypologyCodes = new()
    {
        ["*/other"] = "Autre",
        ["qualification/none"] = "Sans diplôme",
        ["qualification/cap_bep"] = "CAP, BEP",
        ["qualification/baccalaureate"] = "Baccalauréat",
        ["qualification/higher_education"] = "Enseignement supérieur",
        ["status_at_entry/job_seeker"] = "Demandeur d'emploi",
        ["status_at_entry/long_term_job_seeker"] = "Demandeur d'emploi de longue durée",
        ["status_at_entry/employee"] = "Salarié",
        ["status_at_entry/inactive"] = "Inactif",
        ["status_at_entry/student"] = "Étudiant",
        ["income_at_entry/unemployment_benefit"] = "Allocation chômage",
        ["income_at_entry/minimum_income"] = "Minima sociaux (RSA)",
        ["income_at_entry/salary"] = "Salaire",
        ["income_at_entry/none"] = "Sans revenu",
        ["prescriber/pole_emploi"] = "Pôle emploi",
        ["prescriber/bge"] = "BGE",
        ["prescriber/mission_locale"] = "Mission locale",
        ["prescriber/word_of_mouth"] = "Bouche-à-oreille",
    };

    /// <inheritdoc />
    public override string Subtitle => "Rapport d'activité de la coopérative d'activités et d'emploi";

    /// <inheritdoc />
    public override string Contents => "Sommaire";

    /// <inheritdoc />
    public override string KeyFigures => "Chiffres clés";

    /// <inheritdoc />
    public override string SectionFlows => "Flux des parcours d'accompagnement";

    /// <inheritdoc />
    public override string SectionExits => "Sorties de l'année";

    /// <inheritdoc />
    public override string SectionDurations => "Durée des parcours";

    /// <inheritdoc />
    public override string SectionTurnover => "Chiffre d'affaires";

    /// <inheritdoc />
    public override string SectionSalary => "Heures salariées et équivalents temps plein";

    /// <inheritdoc />
    public override string SectionContributions => "Contributions coopératives";

    /// <inheritdoc />
    public override string SectionTypology => "Typologie des personnes accompagnées";

    /// <inheritdoc />
    public override string SectionGrowth => "Évolution sur un an";

    /// <inheritdoc />
    public override string SectionOther => "Autres tableaux";

    /// <inheritdoc />
    public override string Contributions => "Contributions";

    /// <inheritdoc />
    public override string Euros => "Euros hors taxes";

    /// <inheritdoc />
    public override string GrowthAxis => "Évolution sur un an";

    /// <inheritdoc />
    public override string ExitsByCategory => "Sorties par catégorie";

    /// <inheritdoc />
    public override string TurnoverByUnitChart => "Chiffre d'affaires par unité : associés et accompagnés";

    /// <inheritdoc />
    public override string SalaryHoursByUnitChart => "Heures salariées des entrepreneurs accompagnés par unité";

    /// <inheritdoc />
    public override string ContributionsChart => "Contributions coopératives par structure et établissement";

    /// <inheritdoc />
    public override string GrowthChart => "Évolution des principaux chiffres sur un an";

    /// <inheritdoc />
    public override string PositiveNote => "Sorties positives et pérennisations selon la politique de la coopérative (par défaut : positives = création, associé, emploi ; pérennisations = création, associé).";

    /// <inheritdoc />
    public override string NoRejectedRows => "Aucune ligne rejetée : toutes les lignes lues sont comptées.";

    /// <inheritdoc />
    public override string NoExits => "Aucune sortie dans l'année.";

    /// <inheritdoc />
    public override string NoPreviousYear => "Les données ne couvrent pas l'année précédente : pas de comparaison.";

    /// <inheritdoc />
    public override string Footer => "Établi par l'outil cae à partir des données fournies. Montants en euros hors taxes, arrondis à l'euro ; taux arrondis au dixième de point.";

    /// <inheritdoc />
    public override string Baseline => "Référence";

    /// <inheritdoc />
    public override string Scenario => "Scénario";

    /// <inheritdoc />
    public override string Delta => "Écart";

    /// <inheritdoc />
    public override string UnchangedTables => "Tableaux identiques sous les deux politiques :";

    /// <inheritdoc />
    public override string WhatIfSubtitle => "La politique en vigueur et un scénario comparés sur les mêmes données.";

    /// <inheritdoc />
    protected override IReadOnlyDictionary<string, string> TypologyCodes => FrenchTypologyCodes;

    /// <inheritdoc />
    public override string RejectedRowCount(int count) =>
        count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " ligne rejetée" : " lignes rejetées") + " : le bilan est établi sur les lignes retenues.";

    /// <inheritdoc />
    public override string PreviousYearValue(int year, string value) => year.ToString(CultureInfo.InvariantCulture) + "\u00A0: " + value;

    /// <inheritdoc />
    public override string WhatIfTitle(string scenario, int year) => "Simulation « " + scenario + " » sur l'année " + year.ToString(CultureInfo.InvariantCulture);
}
