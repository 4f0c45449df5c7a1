using ScoGraph.Domain.Model;
using ScoGraph.Domain.Ports;
using static ScoGraph.Storage.ContractTests.Samples;

namespace ScoGraph.Storage.ContractTests;

/// <summary>Ranked text search over names, titles, aliases and transliterations (scores of SearchRanking).</summary>
public abstract class SearchContract : StoreContract
{
    private Task<ITimelineStore> SearchStoreAsync() => StoreWithAsync([.. WithSecretariat(),
        Summit("2017-astana-summit", "Astana summit of the SCO", "2017-06-08"),
        new Organization { Id = "sco-secretariat", Name = "SCO Secretariat", Parent = "sco" },
        State("TUR", "Türkiye", "Turkey", "Republic of Türkiye")]);

    [ContractFact]
    public async Task An_exact_name_ranks_above_prefix_and_inner_matches()
    {
        var store = await SearchStoreAsync();
        var hits = await store.SearchAsync(new SearchQuery("sco"), None);

        Assert.Equal("sco", hits[0].Entity.Item.Id);
        Assert.Equal("SCO", hits[0].Matched);
        Assert.Equal(0.95, hits[0].Score, 3);
        // "SCO Secretariat" and "SCO Secretary-General" both start with the text.
        Assert.Equal(["sco-secretariat", "sco-secretary-general"], hits.Skip(1).Take(2).Select(h => h.Entity.Item.Id).Order());
        Assert.All(hits.Skip(1).Take(2), h => Assert.Equal(0.8, h.Score, 3));
        Assert.Contains(hits, h => h.Entity.Item.Id == "2017-astana-summit");
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
    }

    [ContractFact]
    public async Task Aliases_and_transliterations_are_searchable()
    {
        var store = await SearchStoreAsync();
        var hit = Assert.Single(await store.SearchAsync(new SearchQuery("Nurgaliev"), None));
        Assert.Equal("bolat-nurgaliyev", hit.Entity.Item.Id);
        Assert.Equal("Nurgaliev", hit.Matched);
        Assert.Equal("bolat-nurgaliyev", Assert.Single(await store.SearchAsync(new SearchQuery("Нургалиев"), None)).Entity.Item.Id);
        Assert.Equal("KAZ", (await store.SearchAsync(new SearchQuery("kazakstan"), None))[0].Entity.Item.Id);
    }

    [ContractFact]
    public async Task A_word_prefix_and_a_piece_inside_a_word_both_match()
    {
        var store = await SearchStoreAsync();
        var prefix = Assert.Single(await store.SearchAsync(new SearchQuery("alim"), None));
        Assert.Equal(("rashid-alimov", 0.6), (prefix.Entity.Item.Id, Math.Round(prefix.Score, 3)));
        var inner = await store.SearchAsync(new SearchQuery("gali"), None);
        Assert.Equal("bolat-nurgaliyev", inner[0].Entity.Item.Id);
        Assert.Equal(0.4, inner[0].Score, 3);
    }

    [ContractFact]
    public async Task Words_in_any_order_match()
    {
        var store = await SearchStoreAsync();
        var hit = (await store.SearchAsync(new SearchQuery("alimov rash"), None))[0];
        Assert.Equal(("rashid-alimov", 0.5), (hit.Entity.Item.Id, Math.Round(hit.Score, 3)));
    }

    [ContractFact]
    public async Task Case_and_accents_do_not_matter()
    {
        var store = await SearchStoreAsync();
        Assert.Equal("TUR", (await store.SearchAsync(new SearchQuery("TURKIYE"), None))[0].Entity.Item.Id);
        Assert.Equal("TUR", (await store.SearchAsync(new SearchQuery("türk"), None))[0].Entity.Item.Id);
    }

    [ContractFact]
    public async Task Kinds_limit_the_search()
    {
        var store = await SearchStoreAsync();
        var hits = await store.SearchAsync(new SearchQuery("sco", [EntityKind.Meeting]), None);
        Assert.Equal("2017-astana-summit", Assert.Single(hits).Entity.Item.Id);
    }

    [ContractFact]
    public async Task A_short_text_still_finds_names_that_contain_it()
    {
        var store = await SearchStoreAsync();
        var hits = await store.SearchAsync(new SearchQuery("in"), None);
        Assert.Equal("IND", hits[0].Entity.Item.Id);
        Assert.Equal(0.8, hits[0].Score, 3);
    }

    [ContractFact]
    public async Task The_limit_caps_the_hits_and_a_bad_limit_is_refused()
    {
        var store = await SearchStoreAsync();
        Assert.Single(await store.SearchAsync(new SearchQuery("sco", Limit: 1), None));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.SearchAsync(new SearchQuery("sco", Limit: 0), None));
    }

    [ContractFact]
    public async Task Text_without_letters_or_digits_finds_nothing()
    {
        var store = await SearchStoreAsync();
        Assert.Empty(await store.SearchAsync(new SearchQuery("  \"*' -- "), None));
        Assert.Empty(await store.SearchAsync(new SearchQuery("NEAR(sco AND"), None));
    }

    [ContractFact]
    public async Task Only_the_current_name_is_found_after_a_rename()
    {
        var store = await SearchStoreAsync();
        await store.WriteAsync(Batch.Upserting(State("TUR", "Turkey")), None);
        Assert.Empty(await store.SearchAsync(new SearchQuery("türkiye"), None));
        Assert.Equal("TUR", Assert.Single(await store.SearchAsync(new SearchQuery("turkey"), None)).Entity.Item.Id);
    }
}
