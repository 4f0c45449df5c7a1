using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;
using ScoGraph.Storage.Neo4j.Graph;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>
/// Every relation the domain projects must have a relationship type in the graph, or a write of it would be refused:
/// this spec fills every reference field of every kind and maps each fact, so a new relation in the domain fails here
/// before it fails on a server.
/// </summary>
public sealed class RelationshipTypeSpecs
{
    private static readonly SourceRef[] Cited = [new("src", "quoted words")];

    public static TheoryData<Entity> EntitiesWithEveryReference => new()
    {
        new Organization { Id = "shanghai-five", Name = "Shanghai Five", Parent = "sco", SucceededBy = "sco", Sources = Cited },
        new Official { Id = "o", Name = "O", Nationality = "KAZ", Sources = Cited },
        new Post { Id = "p", Title = "P", Organization = "sco", Sources = Cited },
        new Tenure { Id = "t", Official = "o", Post = "p", Period = new Period(PartialDate.Parse("2007"), null), Sources = Cited },
        new Meeting
        {
            Id = "m", Title = "M", MeetingKind = MeetingKind.HeadsOfState, Period = new Period(PartialDate.Parse("2017-06-08"), null),
            Host = "KAZ", Country = "KAZ", Participants = [new Participant("IND", "observer", "IND")], Sources = Cited,
        },
        new Agreement
        {
            Id = "a", Title = "A", AgreementKind = AgreementKind.Charter, Meeting = "m", Signed = PartialDate.Parse("2002-06-07"),
            Parties = [new AgreementParty("KAZ", Signed: PartialDate.Parse("2002-06-07"))], Sources = Cited,
        },
        new MembershipChange
        {
            Id = "c", State = "IND", From = MembershipStatus.Observer, To = MembershipStatus.Member,
            Effective = PartialDate.Parse("2017-06-09"), DecidedAt = "m", Sources = Cited,
        },
    };

    [Theory]
    [MemberData(nameof(EntitiesWithEveryReference))]
    public void Every_relation_of_the_entity_has_a_relationship_type(Entity entity)
    {
        var relations = FactProjection.Project(entity).Where(f => f.Origin == FactOrigin.Relation).ToArray();

        Assert.NotEmpty(relations);
        Assert.All(relations, fact => Assert.Matches("^[A-Z_]+$", GraphNames.TypeOf(fact)));
    }

    [Fact]
    public void The_successor_of_an_organization_is_a_relationship_of_its_own()
    {
        var succession = FactProjection.Project(new Organization { Id = "shanghai-five", Name = "Shanghai Five", SucceededBy = "sco" })
            .Single(f => f.Predicate == Predicates.SucceededBy);

        Assert.Equal("SUCCEEDED_BY", GraphNames.TypeOf(succession));
    }
}
