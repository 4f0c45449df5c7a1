using ScoGraph.Domain.Indexing;

namespace ScoGraph.Domain.Tests.Indexing;

public class SearchRankingSpecs
{
    [Theory]
    [InlineData("rashid alimov", 1.0)]
    [InlineData("RASHID", 0.8)]
    [InlineData("alimov", 0.6)]
    [InlineData("alimov rash", 0.5)]
    [InlineData("limov", 0.4)]
    [InlineData("putin", null)]
    [InlineData("   ", null)]
    public void Scores_follow_the_documented_ladder(string query, double? expected)
    {
        Assert.Equal(expected, SearchRanking.Score(query, "Rashid Alimov", [])?.Score);
    }

    [Fact]
    public void A_transliteration_alias_finds_the_official_and_says_what_matched()
    {
        var hit = SearchRanking.Score("Nurgaliev", "Bolat Nurgaliyev", ["Bolat Nurgaliev", "Nurgaliev"]);

        Assert.Equal((SearchRanking.AliasFactor, "Nurgaliev"), hit);
    }

    [Fact]
    public void The_main_name_beats_an_alias_matching_equally()
    {
        var hit = SearchRanking.Score("india", "India", ["India"]);

        Assert.Equal(1.0, hit!.Value.Score);
    }

    [Fact]
    public void A_query_normalized_once_scores_like_the_raw_text()
    {
        var normalized = TextNormalizer.Normalize("Nurgaliev");

        Assert.Equal(SearchRanking.Score("Nurgaliev", "Bolat Nurgaliyev", ["Bolat Nurgaliev", "Nurgaliev"]),
            SearchRanking.ScoreNormalizedQuery(normalized, "Bolat Nurgaliyev", ["Bolat Nurgaliev", "Nurgaliev"]));
        Assert.Null(SearchRanking.ScoreNormalizedQuery("", "Bolat Nurgaliyev", []));
    }

    [Fact]
    public void Accents_and_case_do_not_matter()
    {
        Assert.Equal(1.0, SearchRanking.Score("emomali rahmon", "Émomali Rahmon", [])?.Score);
    }
}
