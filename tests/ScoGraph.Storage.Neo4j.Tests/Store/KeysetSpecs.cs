using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Storage.Neo4j.Reading;

namespace ScoGraph.Storage.Neo4j.Tests.Store;

/// <summary>Keyset conditions and list statements (no server): the OR form, led by a range on the first key.</summary>
public sealed class KeysetSpecs
{
    [Fact]
    public void One_ascending_key_seeks_past_the_cursor_then_breaks_ties_by_id()
    {
        var order = KeysetOrder.For(new EntityOrder(EntityOrderField.Name));
        Assert.Equal("(v.nameKey >= $afterKey AND (v.nameKey > $afterKey OR (v.nameKey = $afterKey AND v.itemId > $afterId)))",
            order.Beyond("after", later: true, inclusive: false));
        Assert.Equal("(v.nameKey <= $afterKey AND (v.nameKey < $afterKey OR (v.nameKey = $afterKey AND v.itemId <= $afterId)))",
            order.Beyond("after", later: false, inclusive: true));
        Assert.Equal("ORDER BY v.nameKey ASC, v.itemId ASC", order.OrderBy(reversed: false));
        Assert.Equal("ORDER BY v.nameKey DESC, v.itemId DESC", order.OrderBy(reversed: true));
    }

    [Fact]
    public void Mixed_directions_compare_each_key_its_own_way()
    {
        var order = KeysetOrder.For(new EntityOrder(EntityOrderField.Date, SortDirection.Descending, new EntityOrder(EntityOrderField.Name)));
        Assert.Equal(
            "(v.dateKey <= $beforeKey AND (v.dateKey < $beforeKey OR (v.dateKey = $beforeKey AND (v.nameKey > $beforeThen OR (v.nameKey = $beforeThen AND v.itemId < $beforeId)))))",
            order.Beyond("before", later: true, inclusive: false));
        Assert.Equal("ORDER BY v.dateKey DESC, v.nameKey ASC, v.itemId DESC", order.OrderBy(reversed: false));
        Assert.Equal(["v.dateKey", "v.nameKey"], order.SortProperties);
    }

    [Fact]
    public void A_list_statement_maps_every_filter_to_a_condition_and_a_parameter()
    {
        var list = ListStatement.For(new EntityQuery(EntityKind.Meeting,
            new EntityFilter(Ids: ["a"], NameContains: "Astana  Summit", From: new DateOnly(2017, 1, 1), To: new DateOnly(2017, 12, 31),
                Category: "HEADS_OF_STATE", Place: "ASTANA", References: ["KAZ", "IND"]),
            IncludeTotalCount: true))!;
        var text = list.Statement.Text;
        var p = list.Statement.Parameters!;
        Assert.Contains("MATCH (v:MeetingVersion) USING INDEX v:MeetingVersion(endLatest)", text);
        Assert.Equal(2, text.Split("USING INDEX").Length - 1); // the page and the total (no cursor)
        Assert.Equal(" USING INDEX v:MeetingVersion(startEarliest)", ListStatement.PeriodHint(EntityKind.Meeting, new EntityFilter(To: new DateOnly(2000, 1, 1))));
        Assert.Equal("", ListStatement.PeriodHint(EntityKind.State, new EntityFilter(From: new DateOnly(2000, 1, 1))));
        Assert.Contains("v.itemId IN $ids", text);
        Assert.Contains("v.names CONTAINS $names", text);
        Assert.Contains("v.startEarliest <= date($toDay) AND v.endLatest >= date($fromDay)", text);
        Assert.Contains("all(wanted IN $references WHERE wanted IN coalesce(v.references, []))", text);
        Assert.Contains("RETURN count(v) AS total", text);
        Assert.Contains("null AS beyond", text);
        Assert.Equal(("astana summit", "astana", "2017-01-01", "2017-12-31", 51), (p["names"], p["place"], p["fromDay"], p["toDay"], p["limit"]));
        Assert.True(list.AsksTotal);
        Assert.False(list.AsksOtherSide);
    }

    [Fact]
    public void A_cursor_asks_for_the_other_side_and_backward_pages_read_in_reverse()
    {
        var cursor = new KeysetCursor("india", "IND").Encode();
        var forward = ListStatement.For(new EntityQuery(EntityKind.State, Order: new EntityOrder(EntityOrderField.Name),
            Page: new PageRequest(First: 2, After: cursor)))!;
        Assert.True(forward.AsksOtherSide);
        Assert.Equal(("india", "IND"), (forward.Statement.Parameters!["afterKey"], forward.Statement.Parameters["afterId"]));
        Assert.Contains("count(v) > 0 AS beyond", forward.Statement.Text);

        var backward = ListStatement.For(new EntityQuery(EntityKind.State, Order: new EntityOrder(EntityOrderField.Name),
            Page: new PageRequest(Last: 2, Before: cursor)))!;
        Assert.True(backward.Backward);
        Assert.Contains("ORDER BY v.nameKey DESC, v.itemId DESC LIMIT $limit", backward.Statement.Text);
    }

    [Fact]
    public void Bad_requests_are_refused_and_an_empty_id_filter_needs_no_query()
    {
        Assert.Contains("after", Assert.ThrowsAny<ArgumentException>(() =>
            ListStatement.For(new EntityQuery(EntityKind.State, Page: new PageRequest(First: 2, After: "nope")))).Message);
        Assert.ThrowsAny<ArgumentException>(() => ListStatement.For(new EntityQuery(EntityKind.State, Page: new PageRequest(First: 1, Last: 1))));
        Assert.ThrowsAny<ArgumentException>(() => ListStatement.For(new EntityQuery(EntityKind.Meeting,
            new EntityFilter(From: new DateOnly(2020, 1, 1), To: new DateOnly(2019, 1, 1)))));
        Assert.Null(ListStatement.For(new EntityQuery(EntityKind.State, new EntityFilter(Ids: []))));
    }
}
