using ScoGraph.Domain.Indexing;

namespace ScoGraph.Domain.Tests.Indexing;

public class TextNormalizerSpecs
{
    [Theory]
    [InlineData("Rashid  Alimov", "rashid alimov")]
    [InlineData("Émomali Rahmon", "emomali rahmon")]
    [InlineData("  Kyrgyz-Republic! ", "kyrgyz republic")]
    [InlineData("Болат Нургалиев", "болат нургалиев")]
    [InlineData("上海合作组织", "上海合作组织")]
    [InlineData("Łódź Straße Œuvre", "lodz strasse oeuvre")]
    [InlineData("Nurgaliyev\u0301", "nurgaliyev")]
    [InlineData("", "")]
    public void Normalizes_case_accents_and_punctuation(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }
}
