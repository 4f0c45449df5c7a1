using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

/// <summary>
/// A search text is bounded in characters and words (issue 11, finding 1): 20,000 words cost over a second of full-text
/// work each, and a handful of them stalled every read. Past the bounds the answer is a clear BAD_USER_INPUT.
/// </summary>
[Collection(SeededServerCollection.Name)]
public sealed class SearchBoundsSpecs(SeededServerFixture fixture)
{
    private readonly ApiServer _server = fixture.Server;

    public static TheoryData<string, string> TooMuch() => new()
    {
        { string.Join(" ", Enumerable.Range(0, 20_000).Select(i => $"word{i}")), "words" },
        { string.Join(" ", Enumerable.Range(0, 11).Select(i => $"word{i}")), "words" },
        { new string('a', 201), "characters" },
        { string.Join("-", Enumerable.Range(0, 30).Select(i => $"w{i}")), "words" },
    };

    [Theory]
    [MemberData(nameof(TooMuch))]
    public async Task A_search_text_past_the_bounds_is_BAD_USER_INPUT(string text, string says)
    {
        var response = await _server.QueryAsync("query($text: String!) { search(text: $text) { matched } }", new { text });

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.At("extensions", "code").GetString());
        Assert.Contains(says, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_search_within_the_bounds_still_answers()
    {
        var data = (await _server.QueryAsync("""{ search(text: "Shanghai Cooperation Organisation Secretary General", first: 3) { matched } }""")).Data();
        Assert.True(data.At("search").GetArrayLength() >= 0);
    }
}
