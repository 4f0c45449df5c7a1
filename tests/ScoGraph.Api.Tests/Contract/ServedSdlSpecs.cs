using System.Text;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Contract;

/// <summary>The contract file is what the server serves: <c>GET /graphql?sdl</c> returns schema/scograph.graphql.</summary>
public sealed class ServedSdlSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    [Fact]
    public async Task The_SDL_the_server_serves_equals_the_schema_file_byte_for_byte()
    {
        using var response = await fixture.Server.Client.GetAsync(new Uri(fixture.Server.BaseAddress, "/graphql?sdl"));
        response.EnsureSuccessStatusCode();
        var served = await response.Content.ReadAsByteArrayAsync();
        var file = await File.ReadAllBytesAsync(RepositoryFiles.SchemaFile);

        Assert.True(served.AsSpan().SequenceEqual(file),
            "GET /graphql?sdl differs from schema/scograph.graphql; " +
            TextDifference.Describe(Encoding.UTF8.GetString(file), Encoding.UTF8.GetString(served)));
    }

    [Fact]
    public async Task The_SDL_is_served_as_UTF8_text()
    {
        using var response = await fixture.Server.Client.GetAsync(new Uri(fixture.Server.BaseAddress, "/graphql?sdl"));

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }
}
