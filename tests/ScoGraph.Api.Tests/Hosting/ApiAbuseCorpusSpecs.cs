using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ScoGraph.Api.Tests.Resolvers;
using ScoGraph.Api.Tests.Support;
using Xunit.Abstractions;

namespace ScoGraph.Api.Tests.Hosting;

/// <summary>
/// The abuse corpus against the real ScoGraph server over HTTP on 127.0.0.1 (issue 11): SQL-looking strings in every
/// string argument, tampered and foreign cursors, hostile search texts, bad dates and pages, mutations without a key,
/// malformed JSON. No case is a 500; every error carries a code; refused cases get their 4xx or coded error, and
/// SQL-looking values are only ever values (the answer is empty, never more). Times are reported, not asserted.
/// </summary>
[Collection(SeededServerCollection.Name)]
public sealed class ApiAbuseCorpusSpecs(SeededServerFixture fixture, ITestOutputHelper output)
{
    private const string GraphQLJson = "application/graphql-response+json";

    /// <summary>What a case must get: refused with this code, or answered (errors, if any, coded) with nothing found.</summary>
    private sealed record AbuseCase(string Body, string? Code, string? EmptyAt = null);

    private static readonly string[] Injections =
    [
        "' OR '1'='1",
        "x'); DROP TABLE item_version; --",
        "\" OR 1=1 --",
        "%' UNION SELECT sql FROM sqlite_master --",
        "*) MATCH (n) DETACH DELETE n //",
        "\u0000' OR 1=1 --",
    ];

    private static string Body(string query, object? variables = null) => JsonSerializer.Serialize(new { query, variables });

    private static IEnumerable<(string Name, AbuseCase Case)> InjectionCases()
    {
        // Each string argument a client can send, with the field that must come back empty.
        var positions = new (string Name, string Query, string EmptyAt)[]
        {
            ("state(iso3)", "query($s: String!) { state(iso3: $s) { name } }", "state"),
            ("node(id)", "query($s: ID!) { node(id: $s) { id } }", "node"),
            ("states(where.name)", "query($s: String) { states(where: { name: $s }) { nodes { id } } }", "states.nodes"),
            ("officials(where.name)", "query($s: String) { officials(where: { name: $s }) { nodes { id } } }", "officials.nodes"),
            ("officials(where.nationality)", "query($s: String) { officials(where: { nationality: $s }) { nodes { id } } }", "officials.nodes"),
            ("meetings(where.city)", "query($s: String) { meetings(where: { city: $s }) { nodes { id } } }", "meetings.nodes"),
            ("meetings(where.host)", "query($s: String) { meetings(where: { host: $s }) { nodes { id } } }", "meetings.nodes"),
            ("meetings(where.participant)", "query($s: ID) { meetings(where: { participant: $s }) { nodes { id } } }", "meetings.nodes"),
            ("agreements(where.party)", "query($s: String) { agreements(where: { party: $s }) { nodes { id } } }", "agreements.nodes"),
            ("sources(where.text)", "query($s: String) { sources(where: { text: $s }) { nodes { id } } }", "sources.nodes"),
            ("sources(where.language)", "query($s: String) { sources(where: { language: $s }) { nodes { id } } }", "sources.nodes"),
            ("conflicts(subject)", "query($s: ID) { conflicts(subject: $s) { subject { id } } }", "conflicts"),
            ("history(id)", "query($s: ID!) { history(id: $s) { id } }", "history"),
            ("officeHolders(post)", "query($s: ID!) { officeHolders(post: $s) { id } }", ""),
            ("membershipChanges(organization)", "query($s: ID) { membershipChanges(organization: $s) { id } }", ""),
            ("timeline(id)", "query($s: ID!) { timeline(id: $s) { date } }", ""),
        };
        foreach (var (name, query, emptyAt) in positions)
        {
            foreach (var (injection, i) in Injections.Select((text, i) => (text, i)))
            {
                yield return ($"SQL-looking string {i} in {name}", new AbuseCase(Body(query, new { s = injection }), null, emptyAt));
            }
        }
        foreach (var (injection, i) in Injections.Select((text, i) => (text, i)))
        {
            yield return ($"SQL-looking string {i} in search(text)",
                new AbuseCase(Body("query($s: String!) { search(text: $s) { matched } }", new { s = injection }), null, ""));
        }
    }

    private static IEnumerable<(string Name, AbuseCase Case)> RefusedCases()
    {
        AbuseCase Refused(string query, string code, object? variables = null) => new(Body(query, variables), code);
        yield return ("cursor that is not base64", Refused("""{ states(after: "!!!not-a-cursor!!!") { nodes { id } } }""", "BAD_USER_INPUT"));
        yield return ("cursor of base64 garbage", Refused($$"""{ states(after: "{{Convert.ToBase64String(Encoding.UTF8.GetBytes("[\"l1\",\"states\"]"))}}") { nodes { id } } }""", "BAD_USER_INPUT"));
        yield return ("raw store cursor", Refused($$"""{ states(after: "{{new ScoGraph.Domain.Indexing.KeysetCursor("india", "IND").Encode()}}") { nodes { id } } }""", "BAD_USER_INPUT"));
        yield return ("10,000-character cursor", Refused($$"""{ states(after: "{{new string('A', 10_000)}}") { nodes { id } } }""", "BAD_USER_INPUT"));
        yield return ("negative first", Refused("{ states(first: -1) { nodes { id } } }", "BAD_USER_INPUT"));
        yield return ("last over the page maximum", Refused("{ meetings(last: 501) { nodes { id } } }", "BAD_USER_INPUT"));
        yield return ("first and last together", Refused("{ agreements(first: 1, last: 1) { nodes { id } } }", "BAD_USER_INPUT"));
        yield return ("first over the cost limit", Refused("{ meetings(first: 100000000) { nodes { participants { entity { id } } } } }", "MAX_COST_EXCEEDED"));
        yield return ("date that does not exist", Refused("""{ states(where: { status: [MEMBER], asOf: "2020-13-45" }) { nodes { id } } }""", "BAD_USER_INPUT"));
        yield return ("date through a variable that does not exist", Refused("""query($d: Date!) { membership(asOf: $d) { state { id } } }""", "BAD_USER_INPUT", new { d = "2020-02-30" }));
        yield return ("knownAt that is not a date-time", Refused("""{ state(iso3: "IND", knownAt: "yesterday") { name } }""", "BAD_USER_INPUT"));
        yield return ("changes with from after to", Refused("""{ changes(from: "2020-01-01", to: "2019-01-01") { date } }""", "BAD_USER_INPUT"));
        yield return ("search of 20,000 words", Refused("query($s: String!) { search(text: $s) { matched } }", "BAD_USER_INPUT",
            new { s = string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"w{i}")) }));
        yield return ("search first over its maximum (within the cost budget, refused by the field)", Refused("""{ search(text: "India", first: 100000) { matched } }""", "BAD_USER_INPUT"));
        yield return ("unknown id in a non-null field", Refused("""{ timeline(id: "no-such-entity") { date } }""", "NOT_FOUND"));
        yield return ("introspection nested past the depth limit", Refused("{ __schema { types { fields { type { "
            + string.Concat(Enumerable.Repeat("ofType { ", 30)) + "name" + string.Concat(Enumerable.Repeat(" }", 30)) + " } } } } }", "MAX_DEPTH_EXCEEDED"));
        yield return ("deep and wide nesting", Refused("{ officials { nodes { tenures { official { tenures { official { tenures { official { tenures { official { tenures { official { tenures { official { id } } } } } } } } } } } } } } }", "MAX_COST_EXCEEDED"));
        yield return ("mutation without a key", Refused("""mutation { retract(id: "IND", reason: "x") { errors { message } } }""", "UNAUTHENTICATED"));
        yield return ("import without a key", Refused("""mutation { importFacts(lines: "{\"type\":\"source\",\"id\":\"x\",\"title\":\"x\"}") { committed } }""", "UNAUTHENTICATED"));
        yield return ("lone surrogate escape", new("""{"query":"{ state(iso3: \"\udc00\") { name } }"}""", "INVALID_JSON"));
        yield return ("body that is not JSON", new("{ state(iso3: \"IND\") { name } }", "INVALID_JSON"));
    }

    private static readonly Dictionary<string, AbuseCase> Cases = InjectionCases().Concat(RefusedCases()).ToDictionary(c => c.Name, c => c.Case);

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Fact]
    public void The_corpus_has_at_least_sixty_cases() => Assert.True(Cases.Count >= 60, $"only {Cases.Count}");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task An_abusive_request_gets_a_4xx_or_coded_errors_and_never_more_than_it_asked_for(string name)
    {
        var abuse = Cases[name];
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(abuse.Body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLJson));
        var clock = Stopwatch.StartNew();
        using var response = await fixture.Server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        output.WriteLine($"{name}: {(int)response.StatusCode} in {clock.Elapsed.TotalMilliseconds:F0} ms");

        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{status}: {text}");
        var json = JsonDocument.Parse(text).RootElement;
        var errors = json.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToArray() : [];
        Assert.All(errors, error => Assert.True(error.TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out _), $"an error without a code: {text}"));
        Assert.DoesNotContain(errors, error => error.At("extensions", "code").GetString() == "INTERNAL_SERVER_ERROR");

        if (abuse.Code is { } code)
        {
            Assert.Contains(errors, error => error.At("extensions", "code").GetString() == code);
            return;
        }
        // A SQL-looking value is just a value: nothing matches it.
        if (abuse.EmptyAt is { Length: > 0 } path && json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            var found = path.Split('.').Aggregate(data, (element, step) => element.ValueKind == JsonValueKind.Object ? element.GetProperty(step) : element);
            Assert.True(found.ValueKind is JsonValueKind.Null || (found.ValueKind is JsonValueKind.Array && found.GetArrayLength() == 0), $"{path}: {found}");
        }
    }
}
