using System.Text.Json;
using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Dataset;

/// <summary>
/// The seeded server holds the whole shipped dataset: every kind of line in src/ScoGraph.Api/Data is there, counted
/// through GraphQL (connections' totalCount, the membership-change and tenure lists, the conflicts).
/// </summary>
public sealed class DatasetCountSpecs(SeededServerFixture fixture) : IClassFixture<SeededServerFixture>
{
    [Theory]
    [InlineData("states", "state")]
    [InlineData("organizations", "organization")]
    [InlineData("officials", "official")]
    [InlineData("posts", "post")]
    [InlineData("meetings", "meeting")]
    [InlineData("agreements", "agreement")]
    [InlineData("sources", "source")]
    public async Task Every_entity_of_the_dataset_files_is_counted_by_its_connection(string connection, string lineType)
    {
        var result = await DataOf($"{{ {connection} {{ totalCount }} }}");

        Assert.Equal(DatasetFiles.Count(lineType), result.GetProperty(connection).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public void The_files_hold_the_numbers_the_dataset_README_documents()
    {
        // A guard for the numbers the README, the issue and this suite quote; update them together.
        Assert.Equal(536, DatasetFiles.Count("source"));
        Assert.Equal(29, DatasetFiles.Count("state"));
        Assert.Equal(280, DatasetFiles.Count("official"));
        Assert.Equal(99, DatasetFiles.Count("tenure"));
        Assert.Equal(181, DatasetFiles.Count("meeting"));
        Assert.Equal(168, DatasetFiles.Count("agreement"));
        Assert.Equal(58, DatasetFiles.Count("membershipChange"));
    }

    [Fact]
    public async Task Every_membership_change_is_listed_for_its_organization()
    {
        var expected = DatasetFiles.MembershipChangesByOrganization();
        Assert.Equal(new Dictionary<string, int> { ["sco"] = 48, ["shanghai-five"] = 10 }, expected);

        foreach (var (organization, count) in expected)
        {
            var result = await DataOf($$"""{ membershipChanges(organization: "{{organization}}") { id } }""");
            Assert.Equal(count, result.GetProperty("membershipChanges").GetArrayLength());
        }
    }

    [Fact]
    public async Task Every_tenure_is_listed_by_the_holders_of_its_post()
    {
        var result = await DataOf("{ posts(first: 100) { nodes { id holders { id } } } }");

        var tenureIds = result.GetProperty("posts").GetProperty("nodes").EnumerateArray()
            .SelectMany(post => post.GetProperty("holders").EnumerateArray())
            .Select(tenure => tenure.GetProperty("id").GetString())
            .Distinct()
            .Count();
        Assert.Equal(DatasetFiles.Count("tenure"), tenureIds);
    }

    [Fact]
    public async Task Every_recorded_conflict_is_reported()
    {
        var result = await DataOf("{ conflicts { subject { id } predicate claims { value } } }");
        var conflicts = result.GetProperty("conflicts").EnumerateArray()
            .Select(c => $"{c.GetProperty("subject").GetProperty("id").GetString()}/{c.GetProperty("predicate").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            [
                "2006-moscow-sco-forum/end", "2007-almaty-sco-forum/end", "2008-beijing-sco-forum/end",
                "2012-bishkek-heads-of-government/start", "2014-astana-heads-of-government/start", "2016-bishkek-heads-of-government/start",
                "2016-tashkent-culture-ministers/start", "2016-tashkent-foreign-ministers/start", "2017-astana-foreign-ministers/start",
                "2018-dushanbe-heads-of-government/start", "2019-bishkek-summit/documentsSigned", "2021-dushanbe-security-council-secretaries/start",
                "2021-tashkent-national-coordinators-march/start",
                "2022-tashkent-interior-ministers/start", "2022-tashkent-security-council-secretaries/start", "2023-goa-interbank-consortium-council/start",
                "2023-shanghai-justice-ministers/end", "2024-islamabad-heads-of-government/start", "2025-tianjin-summit/documentsSigned",
                "AFG/scoStatusInSeptember2006", "BLR-dialogue-partner-2009/effective", "IRN-member-2023/effective",
                "LAO/scoStatusGrantedAt2025TianjinSummit", "MDV-dialogue-partner-2022/effective", "PAK/scoAgreementsToJoin",
                "botyr-tursunov/uzbPermanentRepresentativeFrom",
                "irn-memorandum-of-obligations/signed", "parviz-davudi/nameSpelling2007Communique", "roman-golovchenko/titleAt2020MoscowSummit",
                "sco-concept-combating-terrorism-2005/signed", "sco-road-transport-agreement/entryIntoForce", "sco-tashkent-declaration-2004/signed",
                "utkir-sultanov/titleAt2004BishkekCouncil", "vladimir-norov-sco-secretary-general/end",
            ],
            conflicts);
        Assert.All(result.GetProperty("conflicts").EnumerateArray(), c => Assert.True(c.GetProperty("claims").GetArrayLength() >= 2));
    }

    private async Task<JsonElement> DataOf(string query)
    {
        var result = await fixture.Server.QueryAsync(query);
        Assert.False(result.TryGetProperty("errors", out var errors), $"{query} failed: {errors}");
        return result.GetProperty("data");
    }
}
