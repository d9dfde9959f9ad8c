using Cae.Domain.Errors;
using Cae.Domain.Organisation;
using Cae.Domain.Paths;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Cae.Domain.Tests.Paths;

public class PathRecordProblemTest
{
    private static readonly LocalDate Entry = new(2015, 3, 1);

    /// <summary>Problem names exactly the rule the constructor throws for, and nothing when it builds.</summary>
    [Property(MaxTest = 300)]
    public Property Problem_is_what_the_constructor_throws() =>
        Prop.ForAll(
            Gen.Elements("E1", "", " ").ToArbitrary(),
            Gen.Choose(-40, 40).Two().ToArbitrary(),
            Gen.Choose(0, 3).ToArbitrary(),
            (id, days, shape) =>
            {
                var (cesaDays, exitDays) = days;
                LocalDate? cesa = shape % 2 == 0 ? Entry.PlusDays(cesaDays) : null;
                LocalDate? exit = shape >= 2 ? Entry.PlusDays(exitDays) : null;
                var category = (shape + cesaDays) % 3 == 0 ? ExitCategory.Training : null;
                var establishment = exitDays % 7 == 0 ? default : new Establishment("B");
                var problem = PathRecord.Problem(id, establishment, new Structure("C"), Entry, cesa, exit, category);
                DomainRuleException? thrown = null;
                try
                {
                    _ = new PathRecord(id, establishment, new Structure("C"), Entry, cesa, null, null, exit, category);
                }
                catch (DomainRuleException e)
                {
                    thrown = e;
                }

                return thrown is null
                    ? problem is null
                    : problem is not null && problem.Field == thrown.Field && problem.Rule == thrown.Rule && problem.Value == thrown.Value;
            });
}
