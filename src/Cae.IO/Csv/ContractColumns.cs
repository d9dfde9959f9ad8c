using System.Collections.Generic;

namespace Cae.IO.Csv;

/// <summary>The column names of the data contract's input files (§1), and which are required.</summary>
public static class ContractColumns
{
    /// <summary><c>entrepreneur_id</c>: the person's key (both files).</summary>
    public const string EntrepreneurId = "entrepreneur_id";

    /// <summary><c>establishment</c> (both files).</summary>
    public const string Establishment = "establishment";

    /// <summary><c>structure</c> (both files).</summary>
    public const string Structure = "structure";

    /// <summary><c>entry_date</c> (paths).</summary>
    public const string EntryDate = "entry_date";

    /// <summary><c>cesa_date</c> (paths).</summary>
    public const string CesaDate = "cesa_date";

    /// <summary><c>associate_application_date</c> (paths).</summary>
    public const string AssociateApplicationDate = "associate_application_date";

    /// <summary><c>associate_date</c> (paths).</summary>
    public const string AssociateDate = "associate_date";

    /// <summary><c>exit_date</c> (paths).</summary>
    public const string ExitDate = "exit_date";

    /// <summary><c>exit_category</c> (paths).</summary>
    public const string ExitCategory = "exit_category";

    /// <summary><c>gender</c> (paths).</summary>
    public const string Gender = "gender";

    /// <summary><c>birth_date</c> (paths).</summary>
    public const string BirthDate = "birth_date";

    /// <summary><c>residence_area</c> (paths).</summary>
    public const string ResidenceArea = "residence_area";

    /// <summary><c>qualification</c> (paths).</summary>
    public const string Qualification = "qualification";

    /// <summary><c>status_at_entry</c> (paths).</summary>
    public const string StatusAtEntry = "status_at_entry";

    /// <summary><c>income_at_entry</c> (paths).</summary>
    public const string IncomeAtEntry = "income_at_entry";

    /// <summary><c>prescriber</c> (paths).</summary>
    public const string Prescriber = "prescriber";

    /// <summary><c>month</c> (activity).</summary>
    public const string Month = "month";

    /// <summary><c>turnover</c> (activity).</summary>
    public const string Turnover = "turnover";

    /// <summary><c>purchases</c> (activity).</summary>
    public const string Purchases = "purchases";

    /// <summary><c>contribution</c> (activity).</summary>
    public const string Contribution = "contribution";

    /// <summary><c>salary_hours</c> (activity).</summary>
    public const string SalaryHours = "salary_hours";

    /// <summary>The columns of <c>paths.csv</c>, in the contract's order.</summary>
    public static IReadOnlyList<string> Paths { get; } = new[]
    {
        EntrepreneurId, Establishment, Structure, EntryDate, CesaDate, AssociateApplicationDate, AssociateDate,
        ExitDate, ExitCategory, Gender, BirthDate, ResidenceArea, Qualification, StatusAtEntry, IncomeAtEntry, Prescriber,
    };

    /// <summary>The required columns of <c>paths.csv</c>.</summary>
    public static IReadOnlyList<string> PathsRequired { get; } = new[] { EntrepreneurId, Establishment, Structure, EntryDate };

    /// <summary>The columns of <c>activity.csv</c>, in the contract's order.</summary>
    public static IReadOnlyList<string> Activity { get; } = new[]
    {
        EntrepreneurId, Month, Structure, Establishment, Turnover, Purchases, Contribution, SalaryHours,
    };

    /// <summary>The required columns of <c>activity.csv</c>.</summary>
    public static IReadOnlyList<string> ActivityRequired { get; } = new[] { EntrepreneurId, Month, Structure, Turnover };
}
