using ScoGraph.Domain.Indexing;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using ScoGraph.Domain.Time;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>Lists of one kind: filters, orders, and keyset pages that stay stable under inserts.</summary>
public abstract class EntityListingContract : StoreContract
{
    private static Source Numbered(int i) => Source($"src-{i:D3}", $"Source number {i:D3}") with
    {
        Published = PartialDate.OfDay(new DateOnly(2000, 1, 1).AddDays(i * 10)),
    };

    private async Task<ITimelineStore> SourcesStoreAsync(int count) =>
        await StoreWithAsync(Enumerable.Range(1, count).Select(i => (Entity)Numbered(i)).ToArray());

    private static IEnumerable<string> Ids(Page<ScoGraph.Domain.Versions.Versioned<Entity>> page) => page.Items.Select(i => i.Node.Item.Id);

    private static EntityQuery Sources(EntityOrder? order = null, PageRequest? page = null, EntityFilter? filter = null) =>
        new(EntityKind.Source, filter, order, page);

    [ContractFact]
    public async Task Entities_of_one_kind_are_listed_by_name()
    {
        var store = await StoreWithAsync(Basics());
        var page = await store.FindEntitiesAsync(new EntityQuery(EntityKind.State, Order: new EntityOrder(EntityOrderField.Name)), None);
        Assert.Equal(["BLR", "IND", "KAZ", "PAK", "TJK"], Ids(page));
        Assert.False(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [ContractFact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        var store = await SourcesStoreAsync(23);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await store.FindEntitiesAsync(Sources(page: new PageRequest(First: 5, After: after)), None);
            seen.AddRange(Ids(page));
            pages++;
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (!page.HasNextPage) break;
            after = page.EndCursor;
        }
        Assert.Equal(5, pages);
        Assert.Equal(Enumerable.Range(1, 23).Select(i => $"src-{i:D3}"), seen);
    }

    [ContractFact]
    public async Task A_page_stays_the_same_when_items_are_inserted_before_it()
    {
        var store = await SourcesStoreAsync(20);
        var first = await store.FindEntitiesAsync(Sources(page: new PageRequest(First: 5)), None);
        var second = await store.FindEntitiesAsync(Sources(page: new PageRequest(First: 5, After: first.EndCursor)), None);

        await store.WriteAsync(Batch.Upserting(Source("src-000", "inserted first"), Source("src-0005", "inserted inside page one")), None);
        var secondAgain = await store.FindEntitiesAsync(Sources(page: new PageRequest(First: 5, After: first.EndCursor)), None);

        Assert.Equal(Ids(second), Ids(secondAgain));
        Assert.Equal(second.Items.Select(i => i.Cursor), secondAgain.Items.Select(i => i.Cursor));
    }

    [ContractFact]
    public async Task Reading_backwards_returns_the_items_before_the_cursor_in_list_order()
    {
        var store = await SourcesStoreAsync(12);
        var all = await store.FindEntitiesAsync(Sources(page: new PageRequest(First: 12)), None);
        var before = all.Items[8].Cursor;
        var page = await store.FindEntitiesAsync(Sources(page: new PageRequest(Last: 3, Before: before)), None);

        Assert.Equal(["src-006", "src-007", "src-008"], Ids(page));
        Assert.True(page.HasPreviousPage);
        Assert.True(page.HasNextPage);
        var start = await store.FindEntitiesAsync(Sources(page: new PageRequest(Last: 5, Before: all.Items[2].Cursor)), None);
        Assert.Equal(["src-001", "src-002"], Ids(start));
        Assert.False(start.HasPreviousPage);
    }

    [ContractFact]
    public async Task Descending_order_and_date_order_work_with_cursors()
    {
        var store = await SourcesStoreAsync(10);
        var byDateDesc = new EntityOrder(EntityOrderField.Date, SortDirection.Descending);
        var first = await store.FindEntitiesAsync(Sources(byDateDesc, new PageRequest(First: 4)), None);
        var next = await store.FindEntitiesAsync(Sources(byDateDesc, new PageRequest(First: 4, After: first.EndCursor)), None);

        Assert.Equal(["src-010", "src-009", "src-008", "src-007"], Ids(first));
        Assert.Equal(["src-006", "src-005", "src-004", "src-003"], Ids(next));
    }

    [ContractFact]
    public async Task Undated_entities_come_last_in_date_order()
    {
        var store = await StoreWithAsync([Numbered(2), Source("src-undated"), Numbered(1)]);
        var page = await store.FindEntitiesAsync(Sources(new EntityOrder(EntityOrderField.Date)), None);
        Assert.Equal(["src-001", "src-002", "src-undated"], Ids(page));
    }

    [ContractFact]
    public async Task Several_categories_are_filtered_in_one_call_with_keyset_pages_and_a_total()
    {
        var store = await StoreWithAsync([.. Basics(),
            Summit("2017-astana-summit", "Astana summit", "2017-06-08"),
            Summit("2018-astana-forum", "Astana forum", "2018-03-01") with { MeetingKind = MeetingKind.Conference },
            Summit("2019-astana-ministers", "Astana ministers", "2019-03-01") with { MeetingKind = MeetingKind.Ministerial },
            Summit("2020-astana-experts", "Astana experts", "2020-03-01") with { MeetingKind = MeetingKind.Expert }]);
        var byDate = new EntityOrder(EntityOrderField.Date);
        var kinds = new EntityFilter(Categories: ["HEADS_OF_STATE", "CONFERENCE", "MINISTERIAL"]);

        var first = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Meeting, kinds, byDate, new PageRequest(First: 2), IncludeTotalCount: true), None);
        var second = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Meeting, kinds, byDate, new PageRequest(First: 2, After: first.EndCursor)), None);

        Assert.Equal(["2017-astana-summit", "2018-astana-forum"], Ids(first));
        Assert.Equal(["2019-astana-ministers"], Ids(second));
        Assert.Equal(3, first.TotalCount);
        Assert.Empty(Ids(await store.FindEntitiesAsync(new EntityQuery(EntityKind.Meeting, new EntityFilter(Categories: [])), None)));
        Assert.Equal(["2017-astana-summit"], Ids(await store.FindEntitiesAsync(
            new EntityQuery(EntityKind.Meeting, new EntityFilter(Category: "HEADS_OF_STATE", Categories: ["HEADS_OF_STATE", "CONFERENCE"])), None)));
    }

    [ContractFact]
    public async Task Sources_filter_by_text_in_title_or_publisher_and_by_language_in_one_call()
    {
        var store = await StoreWithAsync([
            Source("src-tass", "Summit opens in Astana") with { Publisher = "TASS", Language = "ru" },
            Source("src-xinhua", "Leaders meet") with { Publisher = "Xinhua News Agency", Language = "zh" },
            Source("src-un", "Regional cooperation") with { Publisher = "United Nations", Language = "EN" }]);

        async Task<string[]> Find(EntityFilter filter, int first = 10) =>
            Ids(await store.FindEntitiesAsync(new EntityQuery(EntityKind.Source, filter, new EntityOrder(EntityOrderField.Name), new PageRequest(First: first)), None)).ToArray();

        Assert.Equal(["src-tass"], await Find(new EntityFilter(TextContains: "astana")));
        Assert.Equal(["src-xinhua"], await Find(new EntityFilter(TextContains: "xinhua news")));
        Assert.Equal(["src-un"], await Find(new EntityFilter(Language: "en")));
        Assert.Equal(["src-tass"], await Find(new EntityFilter(TextContains: "tass", Language: "RU")));
        Assert.Empty(await Find(new EntityFilter(TextContains: "tass", Language: "zh")));
        Assert.Equal(["src-xinhua"], await Find(new EntityFilter(TextContains: "e"), first: 1));
    }

    [ContractFact]
    public async Task Several_places_match_a_city_under_any_of_its_names_in_one_call()
    {
        var store = await StoreWithAsync([.. Basics(),
            Summit("1998-almaty-summit", "Almaty summit", "1998-07-03", city: "Alma-Ata"),
            Summit("2024-astana-summit", "Astana summit", "2024-07-04", city: "Astana"),
            Summit("2009-almaty-forum", "Almaty forum", "2009-05-01", city: "Almaty")]);
        var almaty = new EntityFilter(Places: ["Almaty", "ALMA-ATA", "Alma Ata"]);

        var page = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Meeting, almaty, new EntityOrder(EntityOrderField.Date), IncludeTotalCount: true), None);

        Assert.Equal(["1998-almaty-summit", "2009-almaty-forum"], Ids(page));
        Assert.Equal(2, page.TotalCount);
        Assert.Empty(Ids(await store.FindEntitiesAsync(new EntityQuery(EntityKind.Meeting, new EntityFilter(Places: [])), None)));
    }

    [ContractFact]
    public async Task Agreements_in_force_on_a_day_follow_the_as_of_rule_of_partial_dates()
    {
        var store = await StoreWithAsync([.. Basics(),
            RoadTransport("2003-09-19") with { Id = "in-force-day", Title = "A" },
            RoadTransport("2017") with { Id = "in-force-year", Title = "B" },
            RoadTransport(null) with { Id = "never-in-force", Title = "C" }]);

        async Task<string[]> Find(DateOnly day, bool certainOnly = false) => Ids(await store.FindEntitiesAsync(new EntityQuery(EntityKind.Agreement,
            new EntityFilter(InForceOn: day, InForceCertainOnly: certainOnly), new EntityOrder(EntityOrderField.Name), IncludeTotalCount: true), None)).ToArray();

        Assert.Equal(["in-force-day"], await Find(new DateOnly(2010, 1, 1)));
        Assert.Equal(["in-force-day", "in-force-year"], await Find(new DateOnly(2017, 6, 1)));
        Assert.Equal(["in-force-day"], await Find(new DateOnly(2017, 6, 1), certainOnly: true));
        Assert.Equal(["in-force-day", "in-force-year"], await Find(new DateOnly(2018, 1, 1), certainOnly: true));
        Assert.Empty(await Find(new DateOnly(2000, 1, 1)));
    }

    [ContractFact]
    public async Task Filters_combine_and_the_total_counts_every_match()
    {
        var store = await StoreWithAsync([.. Basics(),
            Summit("2017-astana-summit", "Astana summit", "2017-06-08", "2017-06-09"),
            Summit("2024-astana-summit", "Astana summit 2024", "2024-07-04"),
            Summit("2019-bishkek-summit", "Bishkek summit", "2019-06-14", city: "Bishkek") with { Participants = [new Participant("KAZ")] }]);

        async Task<string[]> Find(EntityFilter filter) => Ids(await store.FindEntitiesAsync(new EntityQuery(EntityKind.Meeting, filter), None)).ToArray();

        Assert.Equal(["2017-astana-summit", "2024-astana-summit"], await Find(new EntityFilter(Place: "ASTANA")));
        Assert.Equal(["2019-bishkek-summit"], await Find(new EntityFilter(NameContains: "bishkek")));
        Assert.Equal(["2017-astana-summit", "2019-bishkek-summit"], await Find(new EntityFilter(From: new DateOnly(2017, 6, 9), To: new DateOnly(2020, 1, 1))));
        Assert.Equal(["2017-astana-summit", "2024-astana-summit"], await Find(new EntityFilter(References: ["IND", "KAZ"])));
        Assert.Equal(["2024-astana-summit"], await Find(new EntityFilter(Ids: ["2024-astana-summit", "IND"])));
        Assert.Equal(["2017-astana-summit", "2019-bishkek-summit", "2024-astana-summit"], await Find(new EntityFilter(Category: "HEADS_OF_STATE")));
        Assert.Empty(await Find(new EntityFilter(Category: "MINISTERIAL")));

        var counted = await store.FindEntitiesAsync(new EntityQuery(EntityKind.Meeting, new EntityFilter(Place: "astana"),
            Page: new PageRequest(First: 1), IncludeTotalCount: true), None);
        Assert.Equal(2, counted.TotalCount);
        Assert.Single(counted.Items);
        Assert.True(counted.HasNextPage);
    }

    [ContractFact]
    public async Task Name_filters_match_aliases_and_ignore_case_and_accents()
    {
        var store = await StoreWithAsync(Basics());
        var page = await store.FindEntitiesAsync(new EntityQuery(EntityKind.State, new EntityFilter(NameContains: "BYELO")), None);
        Assert.Equal(["BLR"], Ids(page));
    }

    [ContractFact]
    public async Task Cursors_carry_the_sort_key_and_id_of_their_item()
    {
        var store = await StoreWithAsync(Basics());
        var page = await store.FindEntitiesAsync(new EntityQuery(EntityKind.State, Order: new EntityOrder(EntityOrderField.Name)), None);
        Assert.True(KeysetCursor.TryDecode(page.Items[0].Cursor, out var cursor));
        Assert.Equal(new KeysetCursor("belarus", "BLR"), cursor);
    }

    [ContractFact]
    public async Task Bad_page_requests_are_refused_with_clear_messages()
    {
        var store = await StoreWithAsync(Basics());
        var badCursor = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            store.FindEntitiesAsync(new EntityQuery(EntityKind.State, Page: new PageRequest(First: 2, After: "not-a-cursor")), None));
        Assert.Contains("after", badCursor.Message);
        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            store.FindEntitiesAsync(new EntityQuery(EntityKind.State, Page: new PageRequest(First: 2, Last: 2)), None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            store.FindEntitiesAsync(new EntityQuery(EntityKind.State, Page: new PageRequest(First: -1)), None));
    }

    [ContractFact]
    public async Task A_page_of_zero_items_still_says_whether_more_exist()
    {
        var store = await StoreWithAsync(Basics());
        var page = await store.FindEntitiesAsync(new EntityQuery(EntityKind.State, Page: new PageRequest(First: 0)), None);
        Assert.Empty(page.Items);
        Assert.True(page.HasNextPage);
    }

    /// <summary>Sources sharing publication days in fours, titled so that title order differs from id order.</summary>
    private async Task<(ITimelineStore Store, Source[] Sources)> SameDaySourcesStoreAsync()
    {
        var sources = Enumerable.Range(1, 14).Select(i => Source($"src-{i:D3}", $"Title {(50 - i) % 17:D2} of {i:D3}") with
        {
            Published = PartialDate.OfDay(new DateOnly(2001, 6, 15).AddDays(i % 4)),
        }).ToArray();
        return (await StoreWithAsync(sources), sources);
    }

    private async Task<List<string>> PageThroughAsync(ITimelineStore store, EntityOrder order, bool backwards, int size = 3)
    {
        var seen = new List<string>();
        string? cursor = null;
        while (true)
        {
            var request = backwards ? new PageRequest(Last: size, Before: cursor) : new PageRequest(First: size, After: cursor);
            var page = await store.FindEntitiesAsync(Sources(order, request), None);
            if (backwards) seen.InsertRange(0, Ids(page));
            else seen.AddRange(Ids(page));
            if (!(backwards ? page.HasPreviousPage : page.HasNextPage)) return seen;
            cursor = backwards ? page.StartCursor : page.EndCursor;
        }
    }

    [ContractTheory]
    [InlineData(SortDirection.Ascending, SortDirection.Ascending)]
    [InlineData(SortDirection.Descending, SortDirection.Ascending)]
    [InlineData(SortDirection.Ascending, SortDirection.Descending)]
    public async Task A_second_sort_key_orders_the_items_that_tie_on_the_first_across_pages_both_ways(SortDirection byDate, SortDirection byTitle)
    {
        var (store, sources) = await SameDaySourcesStoreAsync();
        var order = new EntityOrder(EntityOrderField.Date, byDate, Then: new EntityOrder(EntityOrderField.Name, byTitle));
        var sign = (SortDirection d) => d == SortDirection.Descending ? -1 : 1;
        var expected = sources.ToList();
        expected.Sort((a, b) =>
            a.Published!.Value.CompareTo(b.Published!.Value) is var day and not 0 ? sign(byDate) * day
            : string.CompareOrdinal(a.Title, b.Title) is var title and not 0 ? sign(byTitle) * title
            : sign(byDate) * string.CompareOrdinal(a.Id, b.Id));

        Assert.Equal(expected.Select(s => s.Id), await PageThroughAsync(store, order, backwards: false));
        Assert.Equal(expected.Select(s => s.Id), await PageThroughAsync(store, order, backwards: true));
    }

    [ContractFact]
    public async Task A_cursor_from_the_list_in_a_one_key_order_is_refused_by_a_two_key_order()
    {
        var (store, _) = await SameDaySourcesStoreAsync();
        var oneKey = await store.FindEntitiesAsync(Sources(new EntityOrder(EntityOrderField.Date), new PageRequest(First: 2)), None);
        var twoKeys = new EntityOrder(EntityOrderField.Date, Then: new EntityOrder(EntityOrderField.Name));

        var refused = await Assert.ThrowsAnyAsync<ArgumentException>(() =>
            store.FindEntitiesAsync(Sources(twoKeys, new PageRequest(First: 2, After: oneKey.EndCursor)), None));
        Assert.Contains("another order", refused.Message);
    }
}
