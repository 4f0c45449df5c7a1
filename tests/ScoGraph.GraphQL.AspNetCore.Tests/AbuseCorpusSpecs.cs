using System.Text;
using System.Text.Json;
using ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

namespace ScoGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Abusive requests: each is refused with the error and status it deserves, and no resolver runs for it (the test
/// schema counts resolver calls). A realistic analyst query is still accepted.
/// </summary>
public sealed class AbuseCorpusSpecs(LibraryServerFixture fixture) : IClassFixture<LibraryServerFixture>
{
    private const string GraphQLJson = "application/graphql-response+json";

    /// <summary>One abusive request and what the server must answer.</summary>
    private sealed record AbuseCase(Func<LibraryServer, Task<GraphQLHttpResponse>> Send, int Status, string Code, string Message);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary><c>{ books { author { books { author ... } } } }</c>, <paramref name="depth"/> field levels deep.</summary>
    private static string Nested(int depth)
    {
        var open = new StringBuilder("{ ");
        for (var level = 1; level < depth; level++) open.Append(level % 2 == 1 ? "books { " : "author { ");
        open.Append("id");
        open.Append(Repeat(" }", depth));
        return open.ToString();
    }

    private static string Aliases(string field, int count) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"a{i}: {field}"));

    private static Task<GraphQLHttpResponse> Query(LibraryServer server, string query, object? variables = null) =>
        server.QueryAsync(query, variables, accept: GraphQLJson);

    private static readonly Dictionary<string, AbuseCase> Cases = new()
    {
        ["deep nesting (20 levels)"] = new(s => Query(s, Nested(20)), 400, "MAX_DEPTH_EXCEEDED", "Query depth 20 exceeds the maximum of 15."),
        ["deep nesting (500 levels)"] = new(s => Query(s, Nested(500)), 400, "MAX_DEPTH_EXCEEDED", "Query depth 500 exceeds the maximum of 15."),
        ["nesting beyond what the parser accepts (3000 levels)"] = new(s => Query(s, Nested(3000)), 400, "GRAPHQL_PARSE_FAILED", "Syntax Error:"),
        ["deep nesting hidden in fragments"] = new(s => Query(s,
            "{ ...F1 } fragment F1 on Query { books { ...F2 } } fragment F2 on Book { author { ...F3 } } fragment F3 on Author { books { ...F4 } } "
            + "fragment F4 on Book { author { books { author { books { author { books { author { books { author { books { author { books { author { id } } } } } } } } } } } } } }"),
            400, "MAX_DEPTH_EXCEEDED", "Query depth 17 exceeds the maximum of 15."),
        // Each definition within the parser's bound, 3,960 levels in all across spreads: deep enough to overflow an
        // unguarded recursive walk on a thread-pool stack.
        ["inline fragments nested across chained fragment definitions"] = new(s => Query(s,
            "{ ...F0 } " + string.Concat(Enumerable.Range(0, 4).Select(f =>
                $"fragment F{f} on Query {{ {Repeat("... { ", 990)}{(f < 3 ? $"...F{f + 1}" : "hello")}{Repeat("}", 991)} "))),
            400, "MAX_DEPTH_EXCEEDED", "Query depth 1000 or more exceeds the maximum of 15."),
        ["introspection nested 60 TypeRef levels deep"] = new(s => Query(s, "{ __schema { types { fields { type { "
            + Repeat("ofType { ", 60) + "name" + Repeat(" }", 60) + " } } } } }"),
            400, "MAX_DEPTH_EXCEEDED", "Query depth 65 exceeds the maximum of 15."),
        ["alias bomb on one object"] = new(s => Query(s, $"{{ book(id: \"book-1\") {{ {Aliases("title", 50)} }} }}"),
            400, "MAX_ALIASES_EXCEEDED", "Query alias count 50 exceeds the maximum of 30."),
        ["alias bomb multiplied by fragment spreads"] = new(s => Query(s,
            $"{{ book(id: \"book-1\") {{ ...F ...F ...F ...F }} }} fragment F on Book {{ {Aliases("title", 10)} }}"),
            400, "MAX_ALIASES_EXCEEDED", "Query alias count 40 exceeds the maximum of 30."),
        ["aliased root fields"] = new(s => Query(s, $"{{ {Aliases("hello", 25)} }}"),
            400, "MAX_ROOT_FIELDS_EXCEEDED", "Query root field count 25 exceeds the maximum of 20."),
        ["root field duplication (5000 times)"] = new(s => Query(s, "{ " + Repeat("hello ", 5000) + "}"),
            400, "MAX_ROOT_FIELDS_EXCEEDED", "Query root field count 5000 exceeds the maximum of 20."),
        ["field duplication under a list"] = new(s => Query(s, "{ books(first: 100) { " + Repeat("title ", 300) + "} }"),
            400, "MAX_COST_EXCEEDED", "Query cost 30100 exceeds the maximum of 20000."),
        ["directive flooding (10 on one field)"] = new(s => Query(s, "{ hello " + Repeat("@skip(if: false) ", 10) + "}"),
            400, "MAX_DIRECTIVES_EXCEEDED", "Query directive count 10 on one field exceeds the maximum of 4."),
        ["directive flooding (1000 on one field)"] = new(s => Query(s, "{ hello " + Repeat("@include(if: true) ", 1000) + "}"),
            400, "MAX_DIRECTIVES_EXCEEDED", "Query directive count 1000 on one field exceeds the maximum of 4."),
        ["directive flooding on a fragment spread"] = new(s => Query(s, "{ ...F " + Repeat("@skip(if: false) ", 8) + "} fragment F on Query { hello }"),
            400, "MAX_DIRECTIVES_EXCEEDED", "Query directive count 8 on one field exceeds the maximum of 4."),
        ["fragment cycle of two fragments"] = new(s => Query(s, "{ ...A } fragment A on Query { hello ...B } fragment B on Query { ...A }"),
            400, "GRAPHQL_VALIDATION_FAILED", "Cannot spread fragment \"A\" within itself via \"B\"."),
        ["fragment spreading itself"] = new(s => Query(s, "{ ...A } fragment A on Query { hello ...A }"),
            400, "GRAPHQL_VALIDATION_FAILED", "Cannot spread fragment \"A\" within itself."),
        ["fragment explosion (2^40 fields)"] = new(s => Query(s, "{ book(id: \"book-1\") { ...F40 } } fragment F0 on Book { title } "
            + string.Concat(Enumerable.Range(1, 40).Select(i => $"fragment F{i} on Book {{ ...F{i - 1} ...F{i - 1} }} "))),
            400, "MAX_COST_EXCEEDED", "Query cost 1099511627777 exceeds the maximum of 20000."),
        ["huge first"] = new(s => Query(s, "{ books(first: 1000000) { title } }"),
            400, "MAX_COST_EXCEEDED", "Query cost 2000000 exceeds the maximum of 20000."),
        ["huge first through a variable"] = new(s => Query(s, "query($n: Int) { books(first: $n) { title } }", new { n = 100_000_000 }),
            400, "MAX_COST_EXCEEDED", "Query cost 200000000 exceeds the maximum of 20000."),
        ["huge first through a variable's default"] = new(s => Query(s, "query($n: Int = 5000000) { books(first: $n) { title } }"),
            400, "MAX_COST_EXCEEDED", "Query cost 10000000 exceeds the maximum of 20000."),
        ["first beyond any integer"] = new(s => Query(s, "{ books(first: 99999999999999999999999) { title } }"),
            400, "MAX_COST_EXCEEDED", "Query cost beyond"),
        ["nested lists multiplying each other"] = new(s => Query(s, "{ authors { books(first: 100) { author { books(first: 100) { title } } } } }"),
            400, "MAX_COST_EXCEEDED", "Query cost 202010 exceeds the maximum of 20000."),
        ["batch of 11 operations (limit 10)"] = new(s => s.PostAsync("[" + string.Join(",", Enumerable.Repeat("""{"query":"{ hello }"}""", 11)) + "]", GraphQLJson),
            400, "MAX_BATCH_SIZE_EXCEEDED", "Batch size 11 exceeds the maximum of 10."),
        ["batch flood of 10000 operations"] = new(s => s.PostAsync("[" + string.Join(",", Enumerable.Repeat("""{"query":"{ hello }"}""", 10_000)) + "]", GraphQLJson),
            400, "MAX_BATCH_SIZE_EXCEEDED", "Batch size 10000 exceeds the maximum of 10."),
        ["mutation over GET"] = new(s => s.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { addBook(title: \"x\", year: 1) { id } }"), GraphQLJson),
            405, "METHOD_NOT_ALLOWED", "A mutation cannot be sent with GET; send it with POST."),
        ["mutation picked by operationName over GET"] = new(s => s.GetAsync("/graphql?operationName=Add&query="
            + Uri.EscapeDataString("query Read { hello } mutation Add { addBook(title: \"x\", year: 1) { id } }"), GraphQLJson),
            405, "METHOD_NOT_ALLOWED", "A mutation cannot be sent with GET; send it with POST."),
        ["10 MB body"] = new(s => s.PostAsync("{\"query\":\"{ hello }\",\"variables\":{\"pad\":\"" + new string('x', 10_000_000) + "\"}}", GraphQLJson),
            413, "REQUEST_TOO_LARGE", "The request body exceeds the maximum of 1000000 bytes."),
        ["document longer than the limit"] = new(s => Query(s, "{ hello } #" + new string('x', 150_000)),
            400, "MAX_DOCUMENT_LENGTH_EXCEEDED", "Document length 150011 characters exceeds the maximum of 100000."),
        ["too many tokens"] = new(s => Query(s, "{ " + Repeat("a ", 20_000) + "}"),
            400, "MAX_TOKENS_EXCEEDED", "Document token count 20002 exceeds the maximum of 15000."),
        ["invalid UTF-8 in the body"] = new(s => s.PostBytesAsync([.. "{\"query\":\"{ hello(name: \\\""u8, 0xFF, 0xFE, .. "\\\") }\"}"u8], GraphQLJson),
            400, "INVALID_UTF8", "The request body is not valid UTF-8 text."),
        ["UTF-8 encoded surrogate in the body"] = new(s => s.PostBytesAsync([.. "{\"query\":\"{ hello(name: \\\""u8, 0xED, 0xA0, 0x80, .. "\\\") }\"}"u8], GraphQLJson),
            400, "INVALID_UTF8", "The request body is not valid UTF-8 text."),
        // A lone UTF-16 surrogate escape is valid JSON syntax but no text: every place a string can sit is bad input.
        ["lone surrogate escape in the query"] = new(s => s.PostAsync("""{"query":"{ hello(name: \"\udc00\") }"}""", GraphQLJson),
            400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["lone surrogate escape in operationName"] = new(s => s.PostAsync("""{"query":"{ hello }","operationName":"\udc00"}""", GraphQLJson),
            400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["lone surrogate escape in a variable value"] = new(s => s.PostAsync(
            """{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"a\ud800"}}""", GraphQLJson),
            400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["lone surrogate escape in a variable name"] = new(s => s.PostAsync("""{"query":"{ hello }","variables":{"\udc00":1}}""", GraphQLJson),
            400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["lone surrogate escape in extensions"] = new(s => s.PostAsync("""{"query":"{ hello }","extensions":{"x":["\udfff"]}}""", GraphQLJson),
            400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["lone surrogate escape in a batch entry"] = new(s => s.PostAsync("""[{"query":"{ hello }"},{"query":"{ hello }","operationName":"\ud800"}]""", GraphQLJson),
            400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["lone surrogate escape in GET variables"] = new(s => s.GetAsync("/graphql?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"\udc00"}"""), GraphQLJson),
            400, "INVALID_JSON", "The \"variables\" parameter is not valid JSON:"),
        ["lone surrogate escape in GET extensions"] = new(s => s.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ hello }")
            + "&extensions=" + Uri.EscapeDataString("""{"\udc00":1}"""), GraphQLJson),
            400, "INVALID_JSON", "The \"extensions\" parameter is not valid JSON:"),
        ["JSON bomb: variables nested 100000 deep"] = new(s => s.PostAsync("{\"query\":\"{ hello }\",\"variables\":{\"v\":" + Repeat("[", 100_000) + Repeat("]", 100_000) + "}}", GraphQLJson),
            400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["JSON bomb: objects nested 1000 deep"] = new(s => s.PostAsync("{\"query\":\"{ hello }\",\"variables\":" + Repeat("{\"a\":", 1000) + "1" + Repeat("}", 1000) + "}", GraphQLJson),
            400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["malformed JSON"] = new(s => s.PostAsync("{ \"query\": \"{ hello }\"", GraphQLJson), 400, "INVALID_JSON", "The request body is not valid JSON:"),
        ["JSON that is not an object"] = new(s => s.PostAsync("\"{ hello }\"", GraphQLJson), 400, "BAD_REQUEST",
            "The request body must be a JSON object (or, for a batch, an array of objects)."),
        ["empty body"] = new(s => s.PostAsync("", GraphQLJson), 400, "BAD_REQUEST", "The request body is empty"),
        ["query that is not a string"] = new(s => s.PostAsync("""{"query":{"hello":true}}""", GraphQLJson), 400, "BAD_REQUEST",
            "The \"query\" parameter must be a string."),
        ["variables that are not an object"] = new(s => s.PostAsync("""{"query":"{ hello }","variables":"{}"}""", GraphQLJson), 400, "BAD_REQUEST",
            "The \"variables\" parameter must be a JSON object or null."),
        ["no content type"] = new(s => s.PostAsync("""{"query":"{ hello }"}""", GraphQLJson, contentType: null), 415, "UNSUPPORTED_MEDIA_TYPE",
            "The request has no Content-Type"),
        ["text/plain body"] = new(s => s.PostAsync("""{"query":"{ hello }"}""", GraphQLJson, contentType: "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE",
            "The Content-Type \"text/plain\" is not supported"),
        ["form-encoded body"] = new(s => s.PostAsync("query=%7B%20hello%20%7D", GraphQLJson, contentType: "application/x-www-form-urlencoded"),
            415, "UNSUPPORTED_MEDIA_TYPE", "The Content-Type \"application/x-www-form-urlencoded\" is not supported"),
        ["JSON declared in a charset other than UTF-8"] = new(s => s.PostAsync("""{"query":"{ hello }"}""", GraphQLJson, contentType: "application/json; charset=latin1"),
            415, "UNSUPPORTED_MEDIA_TYPE", "The charset \"latin1\" is not supported"),
        // Every kind of error carries a code clients know (issue 11, finding 6).
        ["syntax error"] = new(s => Query(s, "{ hello(name: ) }"), 400, "GRAPHQL_PARSE_FAILED", "Syntax Error: Unexpected \")\"."),
        ["unterminated string"] = new(s => Query(s, "{ hello(name: \"abc) }"), 400, "GRAPHQL_PARSE_FAILED", "Syntax Error: Unterminated string."),
        ["lone surrogate escape inside a GraphQL string"] = new(s => Query(s, "{ hello(name: \"\\udc00\") }"), 400, "GRAPHQL_PARSE_FAILED", "Syntax Error: Invalid Unicode escape sequence"),
        ["NUL character in the document"] = new(s => Query(s, "{ hello\u0000 }"), 400, "GRAPHQL_PARSE_FAILED", "Syntax Error: Unexpected character: U+0000."),
        ["empty document"] = new(s => Query(s, ""), 400, "GRAPHQL_PARSE_FAILED", "Syntax Error: Unexpected <EOF>."),
        ["unknown field"] = new(s => Query(s, "{ nope }"), 400, "GRAPHQL_VALIDATION_FAILED", "Cannot query field \"nope\" on type \"Query\"."),
        ["argument of the wrong type"] = new(s => Query(s, "{ books(first: \"ten\") { id } }"), 400, "GRAPHQL_VALIDATION_FAILED", "Int cannot represent non-integer value: \"ten\""),
        ["fragment on a type that does not exist"] = new(s => Query(s, "{ ...F } fragment F on Nope { id }"), 400, "GRAPHQL_VALIDATION_FAILED", "Unknown type \"Nope\"."),
        ["variable used but not defined"] = new(s => Query(s, "{ book(id: $id) { id } }"), 400, "GRAPHQL_VALIDATION_FAILED", "Variable \"$id\" is not defined."),
        ["variable of the wrong type"] = new(s => Query(s, "query($n: Int) { books(first: $n) { id } }", new { n = "ten" }), 400, "BAD_USER_INPUT",
            "Variable \"$n\" got invalid value \"ten\"; Int cannot represent non-integer value: \"ten\""),
        ["required variable missing"] = new(s => Query(s, "query($id: ID!) { book(id: $id) { id } }"), 400, "BAD_USER_INPUT",
            "Variable \"$id\" of required type \"ID!\" was not provided."),
        ["ID variable given an object"] = new(s => Query(s, "query($id: ID!) { book(id: $id) { id } }", new { id = new { drop = "table" } }), 400, "BAD_USER_INPUT",
            "Variable \"$id\" got invalid value"),
        ["unknown operationName"] = new(s => s.PostAsync("""{"query":"query A { hello } query B { hello }","operationName":"C"}""", GraphQLJson),
            400, "OPERATION_RESOLUTION_FAILURE", "Unknown operation named \"C\"."),
        ["several operations and no operationName"] = new(s => Query(s, "query A { hello } query B { hello }"),
            400, "OPERATION_RESOLUTION_FAILURE", "Must provide operation name if query contains multiple operations."),
        ["subscription"] = new(s => Query(s, "subscription { hello }"), 400, "OPERATION_NOT_SUPPORTED", "Subscription operations are not supported"),
        ["unknown persisted operation"] = new(s => s.PostAsync("""{"id":"sha256:0000"}""", GraphQLJson), 400, "PERSISTED_QUERY_NOT_FOUND", "No persisted operation has the id"),
        ["GET without a query"] = new(s => s.GetAsync("/graphql?operationName=A", GraphQLJson), 400, "BAD_REQUEST", "The request has no \"query\" parameter"),
        ["GET variables that are not JSON"] = new(s => s.GetAsync("/graphql?query=%7B%20hello%20%7D&variables=%7Bnope", GraphQLJson),
            400, "INVALID_JSON", "The \"variables\" parameter is not valid JSON:"),
        ["operationName that is not a string"] = new(s => s.PostAsync("""{"query":"{ hello }","operationName":42}""", GraphQLJson), 400, "BAD_REQUEST",
            "The \"operationName\" parameter must be a string or null."),
        ["PUT instead of POST"] = new(s => s.SendAsync(HttpMethod.Put, """{"query":"{ hello }"}""", GraphQLJson), 405, "METHOD_NOT_ALLOWED",
            "This endpoint accepts GraphQL requests with GET and POST."),
        ["Accept header the server cannot produce"] = new(s => s.PostAsync("""{"query":"{ hello }"}""", "text/html"), 406, "NOT_ACCEPTABLE",
            "None of the accepted media types"),
        ["2 MB chunked body (no Content-Length)"] = new(s => s.PostChunkedAsync("{\"query\":\"{ hello }\",\"variables\":{\"pad\":\"" + new string('x', 2_000_000) + "\"}}", GraphQLJson),
            413, "REQUEST_TOO_LARGE", "The request body exceeds the maximum of 1000000 bytes."),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task An_abusive_request_is_refused_with_the_right_error_and_status_before_any_resolver_runs(string name)
    {
        var abuse = Cases[name];
        var server = fixture.Server;
        var callsBefore = server.Data.ResolverCalls;

        var response = await abuse.Send(server);

        Assert.True(abuse.Status == response.Status, $"expected {abuse.Status}, got {response}");
        Assert.False(response.HasData, response.ToString());
        Assert.Single(response.Errors);
        Assert.Equal(abuse.Code, response.FirstErrorCode);
        Assert.StartsWith(abuse.Message, response.FirstErrorMessage);
        Assert.Equal(callsBefore, server.Data.ResolverCalls);
    }

    [Fact]
    public async Task Under_application_json_a_refused_operation_is_answered_200_with_only_the_error_like_a_validation_error()
    {
        var callsBefore = fixture.Server.Data.ResolverCalls;

        var response = await fixture.Server.QueryAsync("{ books(first: 1000000) { title } }", accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.False(response.HasData);
        Assert.Equal("MAX_COST_EXCEEDED", response.FirstErrorCode);
        Assert.Equal(callsBefore, fixture.Server.Data.ResolverCalls);
    }

    [Fact]
    public void The_corpus_has_at_least_sixty_abuses() => Assert.True(Cases.Count >= 60, $"only {Cases.Count} cases");

    [Fact]
    public async Task A_realistic_analyst_query_is_still_accepted()
    {
        const string query = """
            query Library($first: Int = 50) {
              recent: books(first: $first) { ...BookCard author { name books(first: 5) { title } } }
              classic: book(id: "book-3") { ...BookCard }
              authors { id name books(first: 3) { id year } }
              greeting: hello(name: "analyst")
            }
            fragment BookCard on Book { id title year }
            """;
        var callsBefore = fixture.Server.Data.ResolverCalls;

        var response = await fixture.Server.QueryAsync(query, accept: GraphQLJson,
            headers: new Dictionary<string, string> { ["GraphQL-Cost"] = "report" });

        Assert.True(response.Status == 200, response.ToString());
        Assert.False(response.Json.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal(50, response.Json.GetProperty("data").GetProperty("recent").GetArrayLength());
        Assert.True(fixture.Server.Data.ResolverCalls > callsBefore);
        Assert.InRange(response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("fieldCost").GetInt64(), 100, 20_000);
    }
}
