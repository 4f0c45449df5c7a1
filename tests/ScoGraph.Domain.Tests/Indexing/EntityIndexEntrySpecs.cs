using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Indexing;

public class EntityIndexEntrySpecs
{
    [Fact]
    public void A_meeting_is_indexed_by_title_dates_kind_city_and_everyone_it_refers_to()
    {
        var entry = EntityIndexEntry.Of(Astana);

        Assert.Equal(("Astana summit", "HEADS_OF_STATE", "Astana"), (entry.Name, entry.Category, entry.Place));
        Assert.Equal(Astana.Period, entry.Period);
        Assert.Equal(["KAZ", "IND", "rashid-alimov", "sco"], entry.References);
    }

    [Fact]
    public void A_meeting_without_an_end_is_dated_to_its_start_day_only()
    {
        var entry = EntityIndexEntry.Of(Astana with { Period = new(D("2017-06-08"), null) });

        Assert.Equal(D("2017-06-08"), entry.Period!.End);
    }

    [Fact]
    public void Dated_kinds_use_their_main_date_and_undated_kinds_none()
    {
        Assert.Equal(D("2014-09-12"), EntityIndexEntry.Of(RoadTransport).Date);
        Assert.Equal(D("2017-06-09"), EntityIndexEntry.Of(IndiaMember).Date);
        Assert.Equal(D("2016"), EntityIndexEntry.Of(AlimovTerm).Date);
        Assert.Equal(D("2021-06"), EntityIndexEntry.Of(Page).Date);
        Assert.Null(EntityIndexEntry.Of(India).Date);
    }

    [Fact]
    public void Kinds_without_a_name_have_none_and_claims_are_categorized_by_predicate()
    {
        var claim = EntityIndexEntry.Of(InForce2014);

        Assert.Null(claim.Name);
        Assert.Equal("entryIntoForce", claim.Category);
        Assert.Equal(["sco-road-transport-agreement"], claim.References);
        Assert.Equal(["seed-000"], claim.SourceIds);
        Assert.Equal("MEMBER", EntityIndexEntry.Of(IndiaMember).Category);
    }

    [Fact]
    public void Sort_keys_order_dates_like_partial_dates_and_put_missing_values_last()
    {
        static string Key(string date) => EntityIndexEntry.Of(Page with { Published = D(date) }).SortKey(EntityOrderField.Date);
        var undated = EntityIndexEntry.Of(Page with { Published = null }).SortKey(EntityOrderField.Date);

        var keys = new[] { Key("2006"), Key("2006-01-01"), Key("2006-01"), Key("2005-12-31"), undated };

        Assert.Equal([Key("2005-12-31"), Key("2006-01-01"), Key("2006-01"), Key("2006"), undated], keys.Order(StringComparer.Ordinal));
        Assert.Equal(EntityIndexEntry.MissingKey, EntityIndexEntry.Of(IndiaMember).SortKey(EntityOrderField.Name));
        Assert.Equal("rashid alimov", EntityIndexEntry.Of(Alimov).SortKey(EntityOrderField.Name));
        Assert.Equal("rashid-alimov", EntityIndexEntry.Of(Alimov).SortKey(EntityOrderField.Id));
    }
}
