using ScoGraph.Domain.Model;
using ScoGraph.Domain.Validation;
using static ScoGraph.Domain.Tests.SampleGraph;

namespace ScoGraph.Domain.Tests.Validation;

/// <summary>
/// A line's own lists have a maximum (issue 11, finding 2): the API's per-entity lists copy them, so they stay bounded.
/// </summary>
public class ListBoundSpecs
{
    private static readonly EntityValidator Validator = new(ReferenceCatalog.Of([.. All, new Source { Id = "seed-000", Title = "Seed" }]));

    [Fact]
    public void More_aliases_or_sources_than_the_maximum_are_refused_as_too_many()
    {
        var aliases = Validator.Check(India with { Aliases = [.. Enumerable.Range(0, ListBounds.Aliases + 1).Select(i => $"Name {i}")] });
        var sources = Validator.Check(India with { Sources = [.. Enumerable.Repeat(new SourceRef("seed-000"), ListBounds.Sources + 1)] });

        var alias = Assert.Single(aliases);
        Assert.Equal(("aliases", ErrorCodes.TooMany), (alias.Path, alias.Code));
        Assert.Contains($"at most {ListBounds.Aliases}", alias.Message);
        Assert.Equal(("sources", ErrorCodes.TooMany), (Assert.Single(sources).Path, Assert.Single(sources).Code));
    }

    [Fact]
    public void Exactly_the_maximum_is_accepted()
    {
        Assert.Empty(Validator.Check(India with { Aliases = [.. Enumerable.Range(0, ListBounds.Aliases).Select(i => $"Name {i}")] }));
    }
}
