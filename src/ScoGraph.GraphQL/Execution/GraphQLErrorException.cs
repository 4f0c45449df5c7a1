namespace ScoGraph.GraphQL.Execution;

/// <summary>Carries a ready <see cref="GraphQLError"/> (message, locations, maybe path) through code that throws.</summary>
public sealed class GraphQLErrorException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
