using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Serialization;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Tests.Ports;

/// <summary>What every store writes for an upserted entity, derived once (and ahead, on every core, by a bulk import).</summary>
public sealed class UpsertProjectionSpecs
{
    private static readonly Official Alimov = new()
    {
        Id = "rashid-alimov", Name = "Rashid Alimov", Aliases = ["Рашид Алимов", "R. Alimov", "rashid  ALIMOV"], Nationality = "TJK",
        Sources = [new SourceRef("src-about")],
    };

    [Fact]
    public void Holds_the_stored_content_the_facts_and_the_index_entry_of_its_entity()
    {
        var projection = UpsertProjection.Of(Alimov);

        Assert.Same(Alimov, projection.Entity);
        Assert.Equal(EntityJson.Serialize(Alimov), projection.Content);
        Assert.Equal(FactProjection.Project(Alimov).Select(f => (f.Subject, f.Predicate, f.Object, f.Value)),
            projection.Facts.Select(f => (f.Subject, f.Predicate, f.Object, f.Value)));
        Assert.Equal(EntityIndexEntry.Of(Alimov).References, projection.Entry.References);
        Assert.Equal("[{\"sourceId\":\"src-about\"}]", projection.SourcesJson);
    }

    [Fact]
    public void Search_names_are_the_normalized_name_then_aliases_without_repeats()
    {
        var projection = UpsertProjection.Of(Alimov);

        // "rashid  ALIMOV" normalizes to the name itself: searched once, as the name.
        Assert.Equal(
            [new SearchName("rashid alimov", false), new SearchName("рашид алимов", true), new SearchName("r alimov", true)],
            projection.SearchNames);
        Assert.Equal("|rashid alimov|рашид алимов|r alimov|rashid alimov|", projection.NamesColumn);
        Assert.Equal("rashid alimov", projection.NameKey);
        Assert.Equal(EntityIndexEntry.MissingKey, projection.DateKey);
        Assert.Null(projection.PlaceKey);
    }

    [Fact]
    public void An_entity_without_a_name_has_no_names_to_search()
    {
        var tenure = new Tenure
        {
            Id = "alimov-sg", Official = "rashid-alimov", Post = "sco-secretary-general",
            Period = new Period(PartialDate.Parse("2016"), PartialDate.Parse("2018-12-31")), Sources = [new SourceRef("src-about")],
        };

        var projection = UpsertProjection.Of(tenure);

        Assert.Null(projection.NamesColumn);
        Assert.Empty(projection.SearchNames);
        Assert.Equal(EntityIndexEntry.MissingKey, projection.NameKey);
        Assert.Equal("2016-01-012016-12-31", projection.DateKey);
    }

    [Fact]
    public void A_batch_uses_a_projection_given_ahead_only_for_the_entity_it_was_derived_from()
    {
        var upsert = new Upsert(Alimov);
        var ahead = UpsertProjection.Of(Alimov);
        var stale = UpsertProjection.Of(Alimov with { Name = "Someone else" });

        Assert.Same(ahead, new WriteBatch([upsert]) { Projections = [ahead] }.Project(0, upsert));
        var derived = new WriteBatch([upsert]) { Projections = [stale] }.Project(0, upsert);
        Assert.NotSame(stale, derived);
        Assert.Equal("rashid alimov", derived.NameKey);
        Assert.Equal(ahead.Content, new WriteBatch([upsert]).Project(0, upsert).Content);
    }

    [Fact]
    public void Only_what_says_the_entity_cannot_be_stored_is_a_rejection_rather_than_a_bug()
    {
        Assert.True(UpsertProjection.IsUnstorable(new System.Text.Json.JsonException("cycle")));
        Assert.True(UpsertProjection.IsUnstorable(new ArgumentException("bad date")));
        Assert.False(UpsertProjection.IsUnstorable(new NullReferenceException()));
        Assert.False(UpsertProjection.IsUnstorable(new OutOfMemoryException()));
    }
}
