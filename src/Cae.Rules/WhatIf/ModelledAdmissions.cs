using Cae.Rules.Admission;
using Cae.Rules.Data;
using Cae.Rules.SupportLimit;
using NodaTime;

namespace Cae.Rules.WhatIf;

/// <summary>
/// The modelled person columns: for every candidate (<see cref="ModelInputs.Candidates"/>), the admission date the
/// admission rule gives from the application, or without one from the support end, which becomes the exit date
/// (category associate) and the first associate month; the other persons keep their recorded exit.
/// </summary>
internal sealed class ModelledAdmissions
{
    private ModelledAdmissions(int[] associateMonth, int[] exitKey, byte[] exitCategory, LocalDate?[] admitted)
    {
        AssociateMonth = associateMonth;
        ExitKey = exitKey;
        ExitCategory = exitCategory;
        Admitted = admitted;
    }

    /// <summary>Per person: the month index from which rows are associate rows.</summary>
    public int[] AssociateMonth { get; }

    /// <summary>Per person: the exit date key.</summary>
    public int[] ExitKey { get; }

    /// <summary>Per person: the exit category value.</summary>
    public byte[] ExitCategory { get; }

    /// <summary>Per candidate (in <see cref="ModelInputs.Candidates"/> order): the modelled admission date, or <c>null</c>.</summary>
    public LocalDate?[] Admitted { get; }

    /// <summary>Models the admissions of the candidates.</summary>
    /// <param name="inputs">The prepared dataset.</param>
    /// <param name="admission">The admission rule of the policy.</param>
    /// <param name="limit">The support-limit rule of the policy.</param>
    public static ModelledAdmissions Compute(ModelInputs inputs, IAdmissionRule admission, ISupportLimitRule limit)
    {
        var data = inputs.Data;
        var associateMonth = (int[])data.AssociateMonth.Clone();
        var exitKey = (int[])data.ExitKey.Clone();
        var exitCategory = (byte[])data.ExitCategoryColumn.Clone();
        var candidates = inputs.Candidates;
        var admitted = new LocalDate?[candidates.Length];
        for (var k = 0; k < candidates.Length; k++)
        {
            var p = candidates[k];
            var entry = data.EntryDate[p];
            var application = data.ApplicationDate[p];
            var eligible = application == CaeDataset.NoDate
                ? limit.SupportEnd(entry)
                : application < entry ? entry : application;
            var day = admission.AdmissionDate(eligible);
            if (day < entry)
            {
                day = entry; // a replaced rule admitting before the entry: the path cannot end before it starts
            }

            admitted[k] = day;
            if (day is { } date)
            {
                associateMonth[p] = CaeDataset.MonthIndex(date.Year, date.Month);
                exitKey[p] = DateKey.Of(date);
                exitCategory[p] = (byte)Domain.Paths.ExitCategory.Associate.Value;
            }
            else
            {
                associateMonth[p] = CaeDataset.NeverMonth;
                exitKey[p] = DateKey.None;
                exitCategory[p] = CaeDataset.NoCategory;
            }
        }

        return new ModelledAdmissions(associateMonth, exitKey, exitCategory, admitted);
    }
}
