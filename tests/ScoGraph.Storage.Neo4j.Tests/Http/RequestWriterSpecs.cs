using System.Text;
using System.Text.Json;
using ScoGraph.Storage.Neo4j.Http;

namespace ScoGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// How statements and parameters are written (semantics page, section 3): integers as integers, floating-point values
/// always with a fraction (JSON <c>5</c> would be an INTEGER in Cypher), dates and datetimes as the ISO strings that
/// <c>date()</c> / <c>datetime()</c> read, lists and maps nested; anything Cypher cannot carry is refused by name.
/// </summary>
public sealed class RequestWriterSpecs
{
    [Fact]
    public async Task A_request_is_a_statements_array_with_text_and_parameters()
    {
        var body = await Write([
            CypherStatement.Of("MATCH (s:State {id: $id}) RETURN s.name", ("id", "IND")),
            new CypherStatement("RETURN 1"),
        ]);

        Assert.Equal("""{"statements":[{"statement":"MATCH (s:State {id: $id}) RETURN s.name","parameters":{"id":"IND"}},{"statement":"RETURN 1"}]}""", body);
    }

    [Theory]
    [InlineData(5.0, "5.0")]
    [InlineData(0.5, "0.5")]
    [InlineData(-2.0, "-2.0")]
    [InlineData(1e308, "1E+308")]
    [InlineData(5e-324, "5E-324")]
    [InlineData(0.1, "0.1")]
    public async Task A_double_keeps_a_fraction_or_exponent_so_Neo4j_reads_a_FLOAT(double value, string json) =>
        Assert.Equal(json, await Parameter(value));

    [Fact]
    public async Task Floats_and_decimals_keep_a_fraction_too_and_integers_stay_integers()
    {
        Assert.Equal("5.0", await Parameter(5f));
        Assert.Equal("0.25", await Parameter(0.25f));
        Assert.Equal("5.0", await Parameter(5m));
        Assert.Equal("12.50", await Parameter(12.50m));
        Assert.Equal("5", await Parameter(5));
        Assert.Equal("9223372036854775807", await Parameter(long.MaxValue));
        Assert.Equal("-9223372036854775808", await Parameter(long.MinValue));
        Assert.Equal("9007199254740993", await Parameter(9007199254740993L));
    }

    [Fact]
    public async Task Dates_travel_as_yyyy_MM_dd_and_instants_as_UTC_datetimes()
    {
        Assert.Equal("\"2017-06-09\"", await Parameter(new DateOnly(2017, 6, 9)));
        Assert.Equal("\"0001-01-01\"", await Parameter(DateOnly.MinValue));
        Assert.Equal("\"2024-07-04T08:15:30.1234567Z\"",
            await Parameter(new DateTimeOffset(2024, 7, 4, 10, 15, 30, TimeSpan.FromHours(2)).AddTicks(1234567)));
        Assert.Equal("\"2024-07-04T10:15:30.0000000Z\"", await Parameter(new DateTime(2024, 7, 4, 10, 15, 30, DateTimeKind.Utc)));
    }

    [Fact]
    public async Task Strings_booleans_and_null_are_JSON_as_they_are_and_text_is_not_escaped_needlessly()
    {
        Assert.Equal("\"Шанхайская организация сотрудничества\"", await Parameter("Шанхайская организация сотрудничества"));
        Assert.Equal("\"a\\\"b\\\\c\\n<&>'\"", await Parameter("a\"b\\c\n<&>'"));
        Assert.Equal("true", await Parameter(true));
        Assert.Equal("null", await Parameter(null));
    }

    [Fact]
    public async Task Lists_and_maps_nest_as_UNWIND_batches_need_them()
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>
        {
            new Dictionary<string, object?> { ["id"] = "IND", ["aliases"] = new[] { "Republic of India" }, ["from"] = new DateOnly(2017, 6, 9), ["to"] = null },
            new Dictionary<string, object?> { ["id"] = "PAK", ["aliases"] = Array.Empty<string>(), ["weight"] = 1.0, ["n"] = 2L },
        };

        Assert.Equal(
            """[{"id":"IND","aliases":["Republic of India"],"from":"2017-06-09","to":null},{"id":"PAK","aliases":[],"weight":1.0,"n":2}]""",
            await Parameter(rows));
        Assert.Equal("""{"a":"x","b":"y"}""", await Parameter(new Dictionary<string, string> { ["a"] = "x", ["b"] = "y" }));
        Assert.Equal("""[1,null,3]""", await Parameter(new int?[] { 1, null, 3 }));
    }

    [Fact]
    public async Task A_large_batch_is_written_whole()
    {
        var rows = Enumerable.Range(0, 20_000).Select(i => (object?)new Dictionary<string, object?> { ["id"] = $"e{i}", ["i"] = i }).ToList();

        using var document = JsonDocument.Parse(await Write([CypherStatement.Of("UNWIND $rows AS row RETURN row", ("rows", rows))]));

        var written = document.RootElement.GetProperty("statements")[0].GetProperty("parameters").GetProperty("rows");
        Assert.Equal(20_000, written.GetArrayLength());
        Assert.Equal("e19999", written[19_999].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_prefix_goes_before_every_statement()
    {
        var content = new CypherRequestContent([new CypherStatement("MATCH (n) RETURN n")], "EXPLAIN ");
        using var stream = new MemoryStream();

        await content.WriteAsync(stream, CancellationToken.None);

        Assert.Contains("\"EXPLAIN MATCH (n) RETURN n\"", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private enum Status { Member }

    private sealed record Person(string Name);

    public static TheoryData<object, string> Refused() => new()
    {
        { Status.Member, "parameter $p is the enum value Status.Member" },
        { new Person("x"), "parameter $p has type Person" },
        { double.NaN, "parameter $p is NaN" },
        { float.PositiveInfinity, "parameter $p is Infinity" },
        { new DateTime(2024, 1, 1), "parameter $p is a DateTime of kind Unspecified" },
        { ulong.MaxValue, "beyond Cypher's 64-bit signed INTEGER" },
        { new TimeSpan(1, 0, 0), "has type TimeSpan" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Values_Cypher_cannot_carry_are_refused_with_their_parameter_named(object value, string message)
    {
        var error = await Assert.ThrowsAsync<CypherParameterException>(() => Parameter(value));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_refused_value_deep_in_a_batch_is_named_by_its_path()
    {
        var rows = new object?[]
        {
            new Dictionary<string, object?> { ["id"] = "a" },
            new Dictionary<string, object?> { ["id"] = "b", ["status"] = new object?[] { "x", Status.Member } },
        };

        var error = await Assert.ThrowsAsync<CypherParameterException>(() => Write([CypherStatement.Of("RETURN $rows", ("rows", rows))]));

        Assert.StartsWith("parameter $rows[1].status[1] is the enum value", error.Message);
    }

    internal static async Task<string> Write(IReadOnlyList<CypherStatement> statements)
    {
        using var stream = new MemoryStream();
        await new CypherRequestContent(statements).WriteAsync(stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task<string> Parameter(object? value)
    {
        var body = await Write([CypherStatement.Of("RETURN $p", ("p", value))]);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("statements")[0].GetProperty("parameters").GetProperty("p").GetRawText();
    }
}
