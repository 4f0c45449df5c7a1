using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>Bad input never crashes the HTTP layer: whatever arrives, the answer is a result or a clear refusal.</summary>
public sealed class GraphQLRequestReaderSpecs
{
    private static readonly GraphQLServerOptions Options = new();

    private static readonly GraphQLServer Server =
        new(LibrarySchema.Create(new LibraryData()), new GraphQLServerOptions(), NullLogger<GraphQLServer>.Instance);

    [Property(MaxTest = 300)]
    public bool Any_bytes_as_a_body_give_operations_or_a_400_refusal_never_an_exception(byte[] body)
    {
        var read = GraphQLRequestReader.ParseBody(body, Options);
        return read.Refusal is { StatusCode: 400 } || read.Operations.Count > 0;
    }

    [Property(MaxTest = 300)]
    public bool Any_text_as_a_body_gives_operations_or_a_400_refusal(string? text)
    {
        var read = GraphQLRequestReader.ParseBody(Encoding.UTF8.GetBytes(text ?? ""), Options);
        return read.Refusal is { StatusCode: 400 } || read.Operations.Count > 0;
    }

    [Property(MaxTest = 200)]
    public bool Any_query_string_gives_an_operation_or_a_400_refusal(string? query, string? variables, string? extensions)
    {
        var values = new Dictionary<string, StringValues>();
        if (query is not null) values["query"] = query;
        if (variables is not null) values["variables"] = variables;
        if (extensions is not null) values["extensions"] = extensions;

        var read = GraphQLRequestReader.ReadGet(new QueryCollection(values), Options);

        return read.Refusal is { StatusCode: 400 } || read.Operations.Count == 1;
    }

    [Property(MaxTest = 300)]
    public bool Any_document_text_is_answered_without_an_exception(NonNull<string> document)
    {
        var outcome = Server.ExecuteAsync(new HttpOperationRequest(document.Get, null, null, null, null),
            viaGet: false, reportCost: false, services: null, CancellationToken.None).GetAwaiter().GetResult();

        return outcome is { Result: not null } or { Refusal.StatusCode: < 500 };
    }

    [Fact]
    public void A_batch_keeps_each_entry_s_own_error()
    {
        var read = GraphQLRequestReader.ParseBody("""[{"query":"{ a }"}, 7, {"variables":{}}]"""u8.ToArray(), Options);

        Assert.True(read.IsBatch);
        Assert.NotNull(read.Operations[0].Operation);
        Assert.Equal("Each entry of a batch must be a JSON object with a \"query\".", read.Operations[1].Error!.Message);
        Assert.StartsWith("The request has no \"query\" parameter", read.Operations[2].Error!.Message);
    }

    [Fact]
    public void The_persisted_query_hash_of_the_apollo_extension_is_the_document_id()
    {
        var read = GraphQLRequestReader.ParseBody(
            """{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc123"}}}"""u8.ToArray(), Options);

        Assert.Equal("abc123", read.Operations[0].Operation!.DocumentId);
        Assert.Null(read.Operations[0].Operation!.Query);
    }
}
