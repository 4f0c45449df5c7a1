using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

[Collection(SeededServerCollection.Name)]
public sealed class ArgumentErrorSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    [Fact]
    public async Task A_bad_date_literal_names_the_argument_and_the_accepted_form()
    {
        var response = await _server.QueryAsync("""{ membership(asOf: "2017-13-01") { status } }""");
        Assert.Equal(["Invalid value for argument \"asOf\": Date must be a full date YYYY-MM-DD, e.g. \"2017-06-09\"; got \"2017-13-01\"."],
            response.ErrorMessages());
        Assert.Equal("BAD_USER_INPUT", response.At("errors", 0, "extensions", "code").GetString());
    }

    [Fact]
    public async Task A_bad_date_variable_names_the_argument_and_the_variable()
    {
        var response = await _server.QueryAsync("query($day: Date!) { membership(asOf: $day) { status } }", new { day = "9 June 2017" });
        Assert.Equal(["Invalid value for argument \"asOf\" (variable \"$day\"): Date must be a full date YYYY-MM-DD, e.g. \"2017-06-09\"; got \"9 June 2017\"."],
            response.ErrorMessages());
    }

    [Fact]
    public async Task A_partial_date_where_a_full_date_is_needed_is_refused()
    {
        var response = await _server.QueryAsync("""{ state(iso3: "IND") { status(asOf: "2017") } }""");
        var message = Assert.Single(response.ErrorMessages());
        Assert.Contains("argument \"asOf\"", message);
        Assert.Contains("YYYY-MM-DD", message);
    }

    [Fact]
    public async Task A_bad_date_inside_a_filter_names_the_input_field()
    {
        var response = await _server.QueryAsync("""{ meetings(where: { from: "2017-02-30" }) { nodes { id } } }""");
        Assert.Equal(["Invalid value for argument \"where.from\": Date must be a full date YYYY-MM-DD, e.g. \"2017-06-09\"; got \"2017-02-30\"."],
            response.ErrorMessages());
    }

    [Fact]
    public async Task A_number_for_a_date_is_refused_before_execution()
    {
        var response = await _server.QueryAsync("""{ membership(asOf: 2017) { status } }""");
        var message = Assert.Single(response.ErrorMessages());
        Assert.Contains("YYYY-MM-DD", message);
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_bad_knowledge_time_names_the_argument_and_the_accepted_form()
    {
        var response = await _server.QueryAsync("""{ state(iso3: "IND", knownAt: "2024-07-04 12:00") { name } }""");
        Assert.Equal(["Invalid value for argument \"knownAt\": DateTime must be an RFC 3339 date-time with a time zone, e.g. \"2024-07-04T12:00:00Z\" or \"2024-07-04T14:00:00+02:00\"; got \"2024-07-04 12:00\"."],
            response.ErrorMessages());
    }

    [Theory]
    [InlineData("2099-07-04T14:00:00+02:00")]
    [InlineData("2099-07-04t12:00:00.1234567z")]
    public async Task A_knowledge_time_with_any_offset_is_accepted(string knownAt)
    {
        var data = (await _server.QueryAsync("query($t: DateTime) { state(iso3: \"IND\", knownAt: $t) { name } }", new { t = knownAt })).Data();
        Assert.Equal("India", data.At("state", "name").GetString());
    }

    [Fact]
    public async Task Search_refuses_too_many_results()
    {
        var response = await _server.QueryAsync("""{ search(text: "a", first: 1000) { matched } }""");
        Assert.Equal(["\"first\" must be between 0 and 100; got 1000."], response.ErrorMessages());
    }
}
