using ScoGraph.Api.Tests.Mutations;
using ScoGraph.Api.Tests.Resolvers;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Reachability;

/// <summary>The schema's small promises: sortable lists, a stated page size, clean descriptions, advice that fits the mutation.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class SchemaDetailSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task Officials_posts_and_sources_take_an_order()
    {
        var data = (await _server.QueryAsync("""
            { officials(order: [{field: NAME, direction: DESC}], first: 3) { nodes { name } }
              posts(order: [{field: ID}], first: 3) { nodes { id } }
              sources(order: [{field: PUBLISHED, direction: DESC}], first: 3) { nodes { published } } }
            """)).Data();
        var names = data.At("officials", "nodes").Texts("name");
        Assert.Equal(names.OrderDescending(StringComparer.OrdinalIgnoreCase), names);
        var ids = data.At("posts", "nodes").Texts("id");
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var published = data.At("sources", "nodes").Texts("published");
        Assert.Equal(published.OrderDescending(StringComparer.Ordinal), published);
    }

    [Fact]
    public async Task The_SDL_states_the_default_page_size_and_has_no_broken_payload_descriptions()
    {
        var sdl = await _server.Client.GetStringAsync(new Uri(_server.BaseAddress, "/graphql?sdl"));
        Assert.Contains("50 when neither `first` nor `last` is given", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("The a ", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("The an ", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_mutation_naming_an_unknown_id_does_not_advise_a_batch()
    {
        var payload = await _server.MutateAsync(MutationDocuments.RecordTenure, new
        {
            input = new { id = "tenure-of-nobody", official = "nobody-at-all", post = "sco-secretary-general", start = "2018" },
        }, "recordTenure");
        var message = payload.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.DoesNotContain("same batch", message, StringComparison.Ordinal);
        Assert.Contains("create it first", message, StringComparison.Ordinal);
    }
}
