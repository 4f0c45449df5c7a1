using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// The endpoint leaves a <see cref="GraphQLRequestFeature"/> for the host's middleware: which operations ran (name,
/// type) and every error it answered with, refusals and batches included; nothing for the schema or the IDE.
/// </summary>
public sealed class GraphQLRequestFeatureSpecs
{
    [Fact]
    public async Task A_named_operation_is_recorded_with_its_name_and_type_even_when_the_request_names_none()
    {
        var (feature, _) = await SendAsync("""{"query":"query Greeting { hello }"}""");

        Assert.Equal([new GraphQLOperationInfo("Greeting", OperationType.Query)], feature!.Operations);
        Assert.Empty(feature.Errors);
        Assert.False(feature.IsBatch);
    }

    [Fact]
    public async Task Errors_and_refusals_are_recorded_as_answered()
    {
        var (invalid, _) = await SendAsync("""{"query":"{ nope }"}""");
        Assert.NotEmpty(invalid!.Errors);

        var (unreadable, status) = await SendAsync("{ not json");
        Assert.Equal(400, status);
        Assert.Empty(unreadable!.Operations);
        Assert.Single(unreadable.Errors);
    }

    [Fact]
    public async Task A_batch_records_each_operation()
    {
        var (feature, _) = await SendAsync("""[{"query":"query A { hello }"},{"query":"mutation B { __typename }"}]""");

        Assert.True(feature!.IsBatch);
        Assert.Equal(["A", "B"], feature.Operations.Select(o => o.Name));
    }

    [Fact]
    public async Task The_schema_and_the_IDE_are_not_GraphQL_requests()
    {
        GraphQLRequestFeature? seen = null;
        await using var server = await LibraryServer.StartAsync(configureApp: Capture(f => seen = f));
        using var sdl = await server.Client.GetAsync("/graphql?sdl");
        Assert.Null(seen);
    }

    private static async Task<(GraphQLRequestFeature? Feature, int Status)> SendAsync(string body)
    {
        GraphQLRequestFeature? seen = null;
        await using var server = await LibraryServer.StartAsync(configureApp: Capture(f => seen = f));
        using var response = await server.Client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        return (seen, (int)response.StatusCode);
    }

    private static AppSetup Capture(Action<GraphQLRequestFeature?> seen) => new(Middleware: app => app.Use(async (HttpContext context, RequestDelegate next) =>
    {
        await next(context);
        seen(context.Features.Get<GraphQLRequestFeature>());
    }));
}
