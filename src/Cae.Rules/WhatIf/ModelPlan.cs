using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Cae.Domain.Policy;
using Cae.Rules.Indicators;

namespace Cae.Rules.WhatIf;

/// <summary>
/// The modelled values of several (policy, rules) pairs, each column computed once for all the pairs that agree on
/// what it depends on: the contribution column on the contribution rule's parameters, the hours column on the
/// contributions and the pay rule's parameters, the admission columns on the calendar, admission mode, cut-off and
/// support limit. A column is dropped as soon as the last pair that needs it is done, so a sweep holds only the
/// columns of the pairs in progress.
/// </summary>
/// <remarks>
/// <see cref="Get"/> and <see cref="Release"/> are thread-safe; each pair is got once and released once.
/// <see cref="Order"/> lists the pairs so that those sharing columns are next to each other.
/// </remarks>
internal sealed class ModelPlan
{
    private readonly ModelInputs inputs;
    private readonly Slot[] slots;

    public ModelPlan(ModelInputs inputs, IReadOnlyList<KeyValuePair<CaePolicy, RuleSet>> models)
    {
        this.inputs = inputs;
        var contributions = new Dictionary<object, Shared<long[]>>();
        var hours = new Dictionary<object, Shared<int[]>>();
        var admissions = new Dictionary<object, Shared<ModelledAdmissions>>();
        slots = new Slot[models.Count];
        var order = new List<(int C, int H, int A, int Index)>(models.Count);
        for (var i = 0; i < models.Count; i++)
        {
            var policy = models[i].Key;
            var rules = models[i].Value;
            object contributionKey = rules.HasLibraryContribution ? "c" + PolicyKeys.Contribution(policy) : new ColumnKey(rules.Contribution, policy, null);
            object hoursKey = rules.HasLibraryPay ? Tuple.Create("p" + PolicyKeys.Pay(policy), contributionKey) : new ColumnKey(rules.Pay, policy, contributionKey);
            object admissionKey = rules.HasLibraryAdmission ? "a" + PolicyKeys.Admission(policy) : new ColumnKey(rules.Admission, policy, rules.SupportLimit);
            var c = Find(contributions, contributionKey, () => ModelledContributions.Compute(inputs, rules.Contribution(policy)));
            var h = Find(hours, hoursKey, () => ModelledPay.Compute(inputs, c.Get(), rules.Pay(policy), policy, rules.HasLibraryPay));
            var a = Find(admissions, admissionKey, () => ModelledAdmissions.Compute(inputs, rules.Admission(policy), rules.SupportLimit(policy)));
            slots[i] = new Slot(c, h, a);
            order.Add((c.Ordinal, h.Ordinal, a.Ordinal, i));
        }

        Order = order.OrderBy(o => o.C).ThenBy(o => o.H).ThenBy(o => o.A).ThenBy(o => o.Index).Select(o => o.Index).ToArray();
    }

    /// <summary>The pairs' indices, those sharing columns next to each other.</summary>
    public int[] Order { get; }

    /// <summary>The modelled values of a pair (computing the columns it is the first to need).</summary>
    /// <param name="index">The pair's index.</param>
    public Modelled Get(int index)
    {
        var slot = slots[index];
        var admissions = slot.Admissions.Get();
        var values = new EffectiveValues(inputs.Data, slot.Contributions.Get(), slot.Hours.Get(), admissions.AssociateMonth, admissions.ExitKey, admissions.ExitCategory);
        return new Modelled(values, admissions);
    }

    /// <summary>Tells the plan a pair is done, so the columns no other pending pair needs can go.</summary>
    /// <param name="index">The pair's index.</param>
    public void Release(int index)
    {
        var slot = slots[index];
        slot.Hours.Release();
        slot.Contributions.Release();
        slot.Admissions.Release();
    }

    private static Shared<T> Find<T>(Dictionary<object, Shared<T>> columns, object key, Func<T> compute)
        where T : class
    {
        if (!columns.TryGetValue(key, out var shared))
        {
            shared = new Shared<T>(compute, columns.Count);
            columns.Add(key, shared);
        }

        shared.Use();
        return shared;
    }

    /// <summary>The modelled values of one pair, with the admissions behind its person columns.</summary>
    internal sealed class Modelled
    {
        public Modelled(EffectiveValues values, ModelledAdmissions admissions)
        {
            Values = values;
            Admissions = admissions;
        }

        public EffectiveValues Values { get; }

        public ModelledAdmissions Admissions { get; }
    }

    private sealed class Slot
    {
        public Slot(Shared<long[]> contributions, Shared<int[]> hours, Shared<ModelledAdmissions> admissions)
        {
            Contributions = contributions;
            Hours = hours;
            Admissions = admissions;
        }

        public Shared<long[]> Contributions { get; }

        public Shared<int[]> Hours { get; }

        public Shared<ModelledAdmissions> Admissions { get; }
    }

    /// <summary>A column computed on first use and dropped when its last user is done.</summary>
    private sealed class Shared<T>
        where T : class
    {
        private readonly Func<T> compute;
        private readonly object gate = new();
        private T? value;
        private int users;

        public Shared(Func<T> compute, int ordinal)
        {
            this.compute = compute;
            Ordinal = ordinal;
        }

        public int Ordinal { get; }

        public void Use() => users++;

        public T Get()
        {
            lock (gate)
            {
                return value ??= compute();
            }
        }

        public void Release()
        {
            lock (gate)
            {
                if (--users == 0)
                {
                    value = null;
                }
            }
        }
    }

    /// <summary>
    /// The key of a column computed by a replaced rule: the rule's factory and the very policy, compared by reference
    /// (the rule may read any part of the policy), and the key of the column it builds on, if any.
    /// </summary>
    private sealed class ColumnKey : IEquatable<ColumnKey>
    {
        private readonly object rule;
        private readonly object policy;
        private readonly object? basis;

        public ColumnKey(object rule, object policy, object? basis)
        {
            this.rule = rule;
            this.policy = policy;
            this.basis = basis;
        }

        public bool Equals(ColumnKey? other) =>
            other is not null && ReferenceEquals(rule, other.rule) && ReferenceEquals(policy, other.policy) && Equals(basis, other.basis);

        public override bool Equals(object? obj) => Equals(obj as ColumnKey);

        public override int GetHashCode() =>
            unchecked((RuntimeHelpers.GetHashCode(rule) * 31) + RuntimeHelpers.GetHashCode(policy));
    }
}
