using ScoGraph.Api.Hosting;
using ScoGraph.Api.Tests.Support;
using ScoGraph.Domain.Ports;

namespace ScoGraph.Api.Tests.Hosting;

/// <summary>
/// What clients and operators see when something breaks below the API (issue 11, finding 5): an unexpected exception
/// reaches the client as "Unexpected error" with <c>INTERNAL_SERVER_ERROR</c> and a request id, and the log holds the
/// exception with that request id, the operation's name and the field's path; a store that is down answers
/// <c>STORE_UNAVAILABLE</c> with a clear message.
/// </summary>
public sealed class ErrorMaskingSpecs
{
    private const string Query = """query IndiaName { state(iso3: "IND") { name } }""";

    [Fact]
    public async Task An_unexpected_exception_is_masked_for_the_client_and_logged_with_the_request_id()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            Logger = logs,
            WrapStore = _ => ThrowingStore.Create(() => new InvalidOperationException("SQLite Error 5: 'database is locked'.")),
        });

        var response = await server.QueryAsync(Query);

        var error = response.GetProperty("errors")[0];
        Assert.Equal("Unexpected error", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.At("extensions", "code").GetString());
        Assert.DoesNotContain("SQLite", response.ToString());
        var requestId = error.At("extensions", "requestId").GetString();
        Assert.False(string.IsNullOrEmpty(requestId));

        var logged = Assert.Single(logs.Entries, e => e.Exception?.Message == "SQLite Error 5: 'database is locked'.");
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Error, logged.Level);
        Assert.Equal(requestId, logged.Values["RequestId"]);
        Assert.Equal("IndiaName", logged.Values["OperationName"]);
        Assert.Equal("state", logged.Values["FieldPath"]);
    }

    [Fact]
    public async Task A_store_that_is_down_answers_STORE_UNAVAILABLE_with_a_clear_message()
    {
        await using var server = await ApiServer.StartAsync(new ApiServerOptions
        {
            Seed = false,
            WrapStore = _ => ThrowingStore.Create(() => new StoreUnavailableException("Neo4j at http://10.0.0.5:7474 refused the connection.")),
        });

        var response = await server.QueryAsync(Query);

        var error = response.GetProperty("errors")[0];
        Assert.Equal("STORE_UNAVAILABLE", error.At("extensions", "code").GetString());
        Assert.Equal("The data store is unavailable right now; try again shortly.", error.GetProperty("message").GetString());
        Assert.DoesNotContain("10.0.0.5", response.ToString());
    }
}
