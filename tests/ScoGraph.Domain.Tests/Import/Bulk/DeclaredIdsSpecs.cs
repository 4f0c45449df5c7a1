using ScoGraph.Domain.Import.Bulk;
using ScoGraph.Domain.Model;

namespace ScoGraph.Domain.Tests.Import.Bulk;

/// <summary>The compact index of the ids an import declares: what a dictionary of strings answered, in 12 bytes a slot.</summary>
public sealed class DeclaredIdsSpecs
{
    [Fact]
    public void A_declared_id_answers_its_kind_and_line_and_an_undeclared_one_nothing()
    {
        var ids = new DeclaredIds();

        Assert.True(ids.TryAdd("IND", EntityKind.State, 3, out _));
        Assert.True(ids.TryAdd("claim:IND:joined:ab12", EntityKind.Claim, 9, out _));

        Assert.True(ids.TryGet("IND", out var kind, out var line));
        Assert.Equal((EntityKind.State, 3), (kind, line));
        Assert.True(ids.TryGet("claim:IND:joined:ab12", out kind, out line));
        Assert.Equal((EntityKind.Claim, 9), (kind, line));
        Assert.False(ids.Contains("PAK"));
        Assert.False(ids.Contains("ind")); // ids are case-sensitive, as the store's
    }

    [Fact]
    public void A_second_declaration_is_refused_with_the_first_line()
    {
        var ids = new DeclaredIds();
        ids.TryAdd("sco-charter", EntityKind.Agreement, 12, out _);

        Assert.False(ids.TryAdd("sco-charter", EntityKind.Agreement, 40, out var firstLine));
        Assert.Equal(12, firstLine);
        Assert.Equal(1, ids.Count);
    }

    [Fact]
    public void Hundreds_of_thousands_of_ids_all_answer_after_the_shards_have_grown()
    {
        var ids = new DeclaredIds();
        for (var i = 1; i <= 300_000; i++) Assert.True(ids.TryAdd($"bulk-{i}", (EntityKind)(i % 10), i, out _));

        Assert.Equal(300_000, ids.Count);
        for (var i = 1; i <= 300_000; i++)
        {
            Assert.True(ids.TryGet($"bulk-{i}", out var kind, out var line));
            Assert.Equal(((EntityKind)(i % 10), i), (kind, line));
        }
        Assert.False(ids.Contains("bulk-300001"));
    }

    [Fact]
    public void A_line_beyond_what_the_index_holds_is_refused_clearly()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DeclaredIds().TryAdd("x", EntityKind.Source, DeclaredIds.MaxLine + 1, out _));
        Assert.Contains("at most", error.Message);
    }
}
