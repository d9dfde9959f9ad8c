using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Cae.Rules.Data;
using Xunit;

namespace Cae.Rules.Tests.Indicators;

public class NameTableTest
{
    [Fact]
    public void A_built_dataset_s_names_cannot_be_changed()
    {
        var data = Cae.Rules.Tests.WhatIf.Coopilote2015.Dataset;
        var before = data.Structures.Names.ToArray();

        Assert.DoesNotContain(typeof(NameTable).GetMethods(BindingFlags.Public | BindingFlags.Instance), m => m.Name == "Intern");
        Assert.Empty(typeof(NameTable).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        var list = Assert.IsAssignableFrom<IList<string>>(data.Structures.Names);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add("S.V.P."));
        Assert.Equal(before, data.Structures.Names);
    }
}
