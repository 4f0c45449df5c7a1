using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Validation;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Validation;

public class WriteValidationSpecs
{
    [Fact]
    public void Items_may_refer_to_each_other_and_to_what_the_store_knows()
    {
        var items = new WriteItem[] { new Upsert(AlimovTerm), new Upsert(Alimov), new Upsert(SecretaryGeneral) };

        Assert.Equal(["TJK", "sco", "sectsco-page"], WriteValidation.ExternalReferences(items).Order(StringComparer.Ordinal));
        var storeKnows = new Dictionary<string, EntityKind> { ["TJK"] = EntityKind.State, ["sco"] = EntityKind.Organization, ["sectsco-page"] = EntityKind.Source };
        Assert.Empty(WriteValidation.Validate(items, storeKnows));
    }

    [Fact]
    public void Issues_name_the_item_index()
    {
        var items = new WriteItem[] { new Upsert(Kazakhstan), new Upsert(AlimovTerm with { Period = new(D("2018"), D("2016")) }) };

        var issue = Assert.Single(WriteValidation.Validate(items, new Dictionary<string, EntityKind>
        {
            ["rashid-alimov"] = EntityKind.Official, ["sco-secretary-general"] = EntityKind.Post, ["sectsco-page"] = EntityKind.Source,
        }));
        Assert.Equal((1, "end", ErrorCodes.PeriodStartAfterEnd), (issue.Index, issue.Issue.Path, issue.Issue.Code));
    }

    [Fact]
    public void Retractions_need_a_usable_target_and_a_reason()
    {
        var items = new WriteItem[]
        {
            new Retract("IND-member-2017", "wrong"),
            new Retract(InForce2014.Id, "superseded by the Secretariat"),
            new Retract("not an id", " "),
            new RetractClaims("x", "entry into force", null, "r"),
        };

        Assert.Equal(
            [(2, "target", ErrorCodes.InvalidId), (2, "reason", ErrorCodes.InvalidText), (3, "predicate", ErrorCodes.InvalidPredicate)],
            WriteValidation.Validate(items, new Dictionary<string, EntityKind>()).Select(i => (i.Index, i.Issue.Path, i.Issue.Code)));
    }
}
