using ScoGraph.Api.Tests.Support;

namespace ScoGraph.Api.Tests.Resolvers;

/// <summary>The read-only resolver specs share one server seeded with the shipped dataset.</summary>
[CollectionDefinition(Name)]
public sealed class SeededServerCollection : ICollectionFixture<SeededServerFixture>
{
    public const string Name = "Resolvers over the seeded server";
}
