using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using Cae.Domain.Policy;
using Cae.Domain.Values;
using NodaTime;
using Xunit;

namespace Cae.Domain.Tests;

/// <summary>
/// The public domain types are immutable: checked by reflection over the whole assembly, so a new type is
/// checked the day it is added.
/// </summary>
public class MutabilityTest
{
    private static readonly Assembly Domain = typeof(Money).Assembly;

    /// <summary>
    /// Public types allowed to hold state that can change, each with its reason. Empty: there is none.
    /// Enums, static classes and exceptions are not checked (they hold no instance state of their own).
    /// </summary>
    private static readonly Dictionary<Type, string> KnownMutable = new();

    private const BindingFlags AllInstance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const BindingFlags AllStatic = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IEnumerable<Type> CheckedTypes() => Domain.GetExportedTypes()
        .Where(t => !t.IsEnum && !t.IsInterface && !typeof(Delegate).IsAssignableFrom(t))
        .Where(t => !(t.IsAbstract && t.IsSealed)) // static classes
        .Where(t => !typeof(Exception).IsAssignableFrom(t))
        .Where(t => !KnownMutable.ContainsKey(t));

    [Fact]
    public void The_assembly_has_the_types_this_test_is_meant_to_check()
    {
        var names = CheckedTypes().Select(t => t.Name).ToList();
        foreach (var expected in new[] { "Money", "Rate", "Hours", "SupportPath", "PathEvent", "PathRecord", "ExitCategory", "ExitCategorySet", "CaePolicy", "DatedParameter`1", "DatedValue`1", "Reference", "MonthlyActivity", "Structure" })
        {
            Assert.Contains(expected, names);
        }
    }

    [Fact]
    public void Every_instance_field_is_readonly()
    {
        var mutable = new List<string>();
        foreach (var type in CheckedTypes())
        {
            // Fields declared by the type and its bases, including a library base such as SmartEnum.
            for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
            {
                mutable.AddRange(t.GetFields(AllInstance).Where(f => !f.IsInitOnly).Select(f => $"{type.Name}: {t.Name}.{f.Name}"));
            }
        }

        Assert.Empty(mutable);
    }

    [Fact]
    public void Every_static_field_is_readonly_or_const()
    {
        var mutable = Domain.GetExportedTypes()
            .SelectMany(t => t.GetFields(AllStatic).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void No_public_setter_except_init()
    {
        var setters = new List<string>();
        foreach (var type in Domain.GetExportedTypes())
        {
            foreach (var property in type.GetProperties(AllInstance | BindingFlags.Static))
            {
                var setter = property.SetMethod;
                if (setter is null || !(setter.IsPublic || setter.IsFamily || setter.IsFamilyOrAssembly))
                {
                    continue;
                }

                var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                if (!isInit || setter.IsStatic)
                {
                    setters.Add($"{type.Name}.{property.Name}");
                }
            }
        }

        Assert.Empty(setters);
    }

    [Fact]
    public void Every_public_struct_is_readonly()
    {
        var structs = Domain.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum).ToList();
        Assert.NotEmpty(structs);
        Assert.Empty(structs.Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false)).Select(t => t.Name));
    }

    /// <summary>Instances that expose collections, walked through every public property that leads to a domain type.</summary>
    private static IEnumerable<object> Samples()
    {
        var reference = new Reference("Test", null);
        var structure = new Structure("Coopilote");
        yield return CaePolicy.Default;
        yield return CaePolicy.Default with
        {
            SupportBudget = new Dictionary<int, Money> { [2015] = Money.FromEuros(1m) },
            Assemblies = new AssemblyCalendar(new[] { new LocalDate(2015, 6, 13) }, reference),
            ReportingUnits = new ReportingUnitMap(new[] { new ReportingUnit(structure, null, "C") }),
        };
        yield return new ContributionRate(new LocalDate(2015, 1, 1), Rate.FromFraction(0.1m), reference, structure, "E", new[] { new RateTier(Money.FromEuros(1m), Rate.Zero) });
        yield return EmployerChargeSchedule.BySmicMultiple(new[] { new KeyValuePair<decimal, Rate>(1m, Rate.Zero), new KeyValuePair<decimal, Rate>(2m, Rate.One) });
        yield return new SupportPath("E", new[] { PathEvent.Entry(new LocalDate(2015, 1, 1)), PathEvent.CesaStart(new LocalDate(2015, 2, 1)) });
        yield return ExitCategorySet.Of(ExitCategory.Creation, ExitCategory.Other);
    }

    [Fact]
    public void Exposed_collections_cannot_be_changed_through_a_cast()
    {
        var writable = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var staticValues = Domain.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.ContainsGenericParameters && !p.DeclaringType!.ContainsGenericParameters))
            .Select(p => (Path: $"{p.DeclaringType!.Name}.{p.Name}", Value: p.GetValue(null)));
        foreach (var (path, value) in staticValues.Concat(Samples().Select(s => (Path: s.GetType().Name, Value: (object?)s))))
        {
            Walk(path, value, seen, writable, depth: 0, freshCopy: false);
        }

        Assert.Empty(writable);
    }

    /// <summary>
    /// Walks a value and the values it exposes; a writable collection is reported unless it is a fresh copy
    /// (a property that returns a new collection on every call shares nothing with its owner).
    /// </summary>
    private static void Walk(string path, object? value, HashSet<object> seen, List<string> writable, int depth, bool freshCopy)
    {
        if (value is null || value is string || depth > 6 || (!value.GetType().IsValueType && !seen.Add(value)))
        {
            return;
        }

        var unchangeable = freshCopy || value is Array { Length: 0 };
        if (!unchangeable && (value is IList { IsReadOnly: false } || value is IDictionary { IsReadOnly: false } || IsWritableGenericCollection(value)))
        {
            writable.Add($"{path} ({value.GetType().Name})");
        }

        var type = value.GetType();
        if (value is IEnumerable items && type.Assembly != Domain)
        {
            var i = 0;
            foreach (var item in items)
            {
                if (i++ > 5)
                {
                    break;
                }

                Walk($"{path}[]", item, seen, writable, depth + 1, freshCopy: false);
            }

            return;
        }

        if (type.Assembly != Domain)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var exposed = property.GetValue(value);
            var fresh = exposed is not null && !exposed.GetType().IsValueType && !ReferenceEquals(exposed, property.GetValue(value));
            Walk($"{path}.{property.Name}", exposed, seen, writable, depth + 1, fresh);
        }
    }

    private static bool IsWritableGenericCollection(object value) => value.GetType().GetInterfaces()
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>))
        .Any(i => !(bool)i.GetProperty(nameof(ICollection<int>.IsReadOnly))!.GetValue(value)!);
}
